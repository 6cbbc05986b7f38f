namespace BatchEngine.Detection.Safety;

/// <summary>The kinds of unsafe content the detector tells apart; each is written as the signal type <c>Unsafe:Kind</c>.</summary>
internal enum SafetyCategory
{
    /// <summary>Derogation, dehumanisation, slurs or threats aimed at a protected group.</summary>
    Hate,

    /// <summary>A threat, a wish or a call for serious violence against a person or a group.</summary>
    Threat,

    /// <summary>Graphic violence, or a request for how to hurt people.</summary>
    Violence,

    /// <summary>Self-harm intent, instructions or encouragement.</summary>
    SelfHarm,

    /// <summary>Support for, or recruitment to, violent extremism.</summary>
    Extremism,

    /// <summary>Instructions or requests for making or using weapons and explosives.</summary>
    Weapons,
}
