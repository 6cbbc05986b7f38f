using BatchEngine.SafetyTrainer;

// dotnet run -c Release --project samples/BatchEngine.SafetyTrainer -- train
// dotnet run -c Release --project samples/BatchEngine.SafetyTrainer -- evaluate [--rules-only] [--errors FUNCTIONALITY]
// dotnet run -c Release --project samples/BatchEngine.SafetyTrainer -- explain TEXT
// dotnet run -c Release --project samples/BatchEngine.SafetyTrainer -- assess FILE
// dotnet run -c Release --project samples/BatchEngine.SafetyTrainer -- real-words [/usr/share/dict/american-english]
string command = args.FirstOrDefault() ?? "evaluate";
if (command == "explain")
{
    SentenceExplainer.Print(string.Join(' ', args.Skip(1)));
    return 0;
}

if (command == "assess")
{
    SentenceExplainer.PrintScored(args[1]);
    return 0;
}

string root = RepositoryRoot.Find();
string suitePath = Path.Combine(root, "..", "shared", "eval", "hatecheck", "test_suite_cases.csv");
IReadOnlyList<HateCheckCase> suite = HateCheckSuite.Read(suitePath);
switch (command)
{
    case "train":
        string output = Path.Combine(root, "src", "BatchEngine.Core", "Detection", "Safety", "Model", "safety-model.bin");
        HateModelTrainer.Train(suite, Path.Combine(AppContext.BaseDirectory, "data"), output);
        return 0;
    case "real-words":
        string lexiconFolder = Path.Combine(root, "src", "BatchEngine.Core", "Detection", "Safety", "Lexicon");
        RealWords.Write(args.Length > 1 ? args[1] : "/usr/share/dict/american-english", Path.Combine(lexiconFolder, "safety-lexicon.txt"), Path.Combine(lexiconFolder, "real-words.txt"));
        return 0;
    case "evaluate":
        bool rulesOnly = args.Contains("--rules-only");
        int errorsAt = Array.IndexOf(args, "--errors");
        HateCheckReport.Print(suite, rulesOnly, errorsAt >= 0 && errorsAt + 1 < args.Length ? args[errorsAt + 1] : null);
        return 0;
    default:
        Console.Error.WriteLine($"Unknown command '{command}': use train, evaluate, explain or real-words.");
        return 2;
}
