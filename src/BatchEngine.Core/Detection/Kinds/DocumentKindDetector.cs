using BatchEngine.Detection.Scanning;
using Microsoft.Extensions.Options;

namespace BatchEngine.Detection.Kinds;

/// <summary>
/// What kind of document it is, read from its structure (<c>DocKind:*</c>): correspondence headers, minutes and
/// notes, titled internal kinds, internal document headers, personal records (résumés, medical and pay records,
/// staff lists), templates and blank forms, and published works (papers, standards, licences, READMEs, public
/// notices). The policy weighs internal kinds against published ones; see the classifier's rules.
/// </summary>
internal sealed class DocumentKindDetector(IOptions<DetectionOptions> options)
    : FindingDetector("document-kinds", CreateFinder(), options.Value)
{
    private static KindFinderChain CreateFinder() => new(
        new CorrespondenceFinder(),
        new MeetingNotesFinder(),
        new TitledKindFinder(),
        new AuthoredHeaderFinder(),
        new ResumeFinder(),
        new MedicalRecordFinder(),
        new PayAndPersonnelFinder(),
        new TemplateFinder(),
        new PublishedWorkFinder(),
        new PublicNoticeFinder());
}
