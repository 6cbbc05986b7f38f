using BatchEngine.Detection.Scanning;

namespace BatchEngine.Detection.Kinds;

/// <summary>
/// A filled medical record (discharge summary, lab or ECG report, clinical note): clinical fields with values
/// (<c>Diagnosis: ...</c>, <c>Medications: ...</c>, <c>Allergies: ...</c>, <c>QRS duration: ...</c>), with a field
/// identifying the patient (<c>Patient:</c>, <c>MRN:</c>, <c>Date of Birth:</c>), or many clinical fields alone.
/// Fields left empty or holding a template slot (<c>[DATE]</c>) do not count, so a blank clinical template is
/// not a record, and a published guideline, written in prose, has no such fields.
/// </summary>
internal sealed class MedicalRecordFinder : IKindFinder
{
    private static readonly LabelNames Identity = new(
        "patient", "patient name", "patient id", "patient number", "name of patient", "mrn", "medical record number", "medical record no",
        "hospital number", "nhs number", "date of birth", "dob", "d.o.b", "birth date", "patient dob", "age/sex", "sex/age", "insurance id");

    private static readonly LabelNames Clinical = new(
        "diagnosis", "diagnoses", "principal diagnosis", "primary diagnosis", "secondary diagnosis", "discharge diagnosis", "admitting diagnosis",
        "medications", "medication", "current medications", "discharge medications", "allergies", "allergy", "admission date", "date of admission",
        "discharge date", "date of discharge", "adm", "d/c", "chief complaint", "presenting complaint", "history of present illness",
        "past medical history", "impression", "interpretation", "findings", "vital signs", "blood pressure", "heart rate", "pulse",
        "temperature", "respiratory rate", "oxygen saturation", "spo2", "ventricular rate", "atrial rate", "pr interval", "qrs duration",
        "qt/qtc", "qtc", "qt interval", "p-r-t axes", "rhythm", "lab results", "test results", "specimen", "reference range",
        "attending", "attending physician", "referring physician", "ordering physician", "clinician", "icd-10", "procedure", "procedures",
        "hospital course", "smoking status", "alcohol use", "drug use", "tobacco use", "marital status", "blood type", "treatment",
        "prognosis", "symptoms", "condition at discharge", "discharge condition", "follow-up");

    public void Find(ReadOnlySpan<char> text, List<TextLine> lines, int page, List<Finding> found)
    {
        if (page == 0)
        {
            return;
        }

        TextLine? first = null;
        var identity = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var clinical = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (TextLine line in lines)
        {
            if (!line.HasLabel || !IsFilled(line.Value(text)))
            {
                continue;
            }

            ReadOnlySpan<char> label = line.Label(text);
            if (Identity.Find(label) is { } who)
            {
                identity.Add(who);
                first ??= line;
            }
            else if (Clinical.Find(label) is { } what)
            {
                clinical.Add(what);
                first ??= line;
            }
        }

        bool record = (identity.Count >= 1 && clinical.Count >= 2) || clinical.Count >= 5;
        if (record && first is { } at)
        {
            double confidence = identity.Count >= 1 && clinical.Count >= 3 ? 0.9 : 0.75;
            found.Add(new Finding(at.ContentStart, at.LabelLength, DocumentKinds.MedicalRecord, confidence, MaskStyle.None));
        }
    }

    private static bool IsFilled(ReadOnlySpan<char> value)
    {
        value = value.Trim();
        return value.Length > 0 && value[0] is not '[' and not '{' and not '<' and not '_';
    }
}
