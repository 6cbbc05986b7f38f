using BatchEngine.Jobs;

namespace BatchEngine.Storage.InMemory;

/// <summary>Running counts of a job's documents by status, and the sum of their progress.</summary>
internal sealed class DocumentTally
{
    public int Total { get; private set; }

    public int Pending { get; private set; }

    public int Completed { get; private set; }

    public int Failed { get; private set; }

    public int Cancelled { get; private set; }

    public double ProgressSum { get; private set; }

    public void Add(DocumentRecord document) => Apply(document, +1);

    public void Remove(DocumentRecord document) => Apply(document, -1);

    private void Apply(DocumentRecord document, int sign)
    {
        Total += sign;
        ProgressSum += sign * document.Progress;
        switch (document.Status)
        {
            case DocumentStatus.Pending: Pending += sign; break;
            case DocumentStatus.Completed: Completed += sign; break;
            case DocumentStatus.Failed: Failed += sign; break;
            case DocumentStatus.Cancelled: Cancelled += sign; break;
        }

        // Stage values are multiples of 10, so the sum stays exact; this guards against drift from custom values.
        if (Total == 0)
        {
            ProgressSum = 0;
        }
    }
}
