namespace GuidelineEngine.Facts.Vocabulary;

// The JSON shape of drugs.json and services.json; validated by ClinicalVocabulary on load.
internal sealed class VocabularyFile
{
    public List<DrugRecord> Drugs { get; set; } = [];

    public Dictionary<string, string> TopicalIngredients { get; set; } = [];

    public List<ServiceRecord> Services { get; set; } = [];

    internal sealed class DrugRecord
    {
        public string? Name { get; set; }

        public string? Class { get; set; }

        public string? Subclass { get; set; }

        public string? Form { get; set; }

        public List<string> Ingredients { get; set; } = [];

        public List<string> Aliases { get; set; } = [];
    }

    internal sealed class ServiceRecord
    {
        public string? Name { get; set; }

        public string? Category { get; set; }

        public List<string> Aliases { get; set; } = [];
    }
}
