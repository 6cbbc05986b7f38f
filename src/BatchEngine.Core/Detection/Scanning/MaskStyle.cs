namespace BatchEngine.Detection.Scanning;

/// <summary>How a hit's value is shown in a snippet.</summary>
internal enum MaskStyle
{
    /// <summary>Not a sensitive value (a marker phrase): shown as is.</summary>
    None,

    /// <summary>Letters and digits masked except the last four; separators kept (<c>***-**-6789</c>).</summary>
    KeepLastFour,

    /// <summary>First character of the local part and the domain kept (<c>j***@example.com</c>).</summary>
    Email,

    /// <summary>Replaced entirely (private key blocks).</summary>
    Redact,

    /// <summary>Replaced by a fixed mark that shows neither characters nor length (passwords, hashes, connection-string passwords).</summary>
    Secret,

    /// <summary>A person's name: each word's first letter kept, the rest replaced by a fixed <c>***</c> (<c>S***, S*** J.</c>).</summary>
    Initials,
}
