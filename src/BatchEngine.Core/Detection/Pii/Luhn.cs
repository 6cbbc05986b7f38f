namespace BatchEngine.Detection.Pii;

/// <summary>The Luhn (mod 10) check digit test used by payment cards.</summary>
internal static class Luhn
{
    public static bool IsValid(ReadOnlySpan<byte> digits)
    {
        int sum = 0;
        bool doubleIt = false;
        for (int i = digits.Length - 1; i >= 0; i--)
        {
            int d = digits[i];
            if (doubleIt)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
            doubleIt = !doubleIt;
        }

        return sum % 10 == 0;
    }
}
