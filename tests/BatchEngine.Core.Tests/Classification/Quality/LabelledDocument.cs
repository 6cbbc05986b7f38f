using BatchEngine.Classification;

namespace BatchEngine.Tests.Classification.Quality;

/// <summary>A short document with the category a careful human reviewer gave it.</summary>
/// <param name="Name">A short name for reports.</param>
/// <param name="Expected">The reviewer's category.</param>
/// <param name="Pages">The text of each page.</param>
public sealed record LabelledDocument(string Name, SensitivityCategory Expected, params string[] Pages);
