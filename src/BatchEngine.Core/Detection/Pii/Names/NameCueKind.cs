namespace BatchEngine.Detection.Pii.Names;

/// <summary>What points at a name, strongest first; the kind sets the hit's confidence and what may follow the cue.</summary>
internal enum NameCueKind
{
    /// <summary>A form label for a person ("Name:", "Applicant:", "Patient name:"); a colon must follow.</summary>
    PersonLabel,

    /// <summary>An honorific ("Mr.", "Dr.", "Prof."); a surname alone is enough.</summary>
    Honorific,

    /// <summary>A sign-off label ("Signature:", "Prepared by", "Approved by"); the colon is optional.</summary>
    SignOffLabel,

    /// <summary>A memo or e-mail header field at the start of a line ("From:", "To:", "Cc:").</summary>
    HeaderField,

    /// <summary>A salutation ("Dear"); a first name alone is enough.</summary>
    Salutation,

    /// <summary>A closing ("Regards,", "Sincerely,"); the name stands alone on the next line.</summary>
    Closing,
}
