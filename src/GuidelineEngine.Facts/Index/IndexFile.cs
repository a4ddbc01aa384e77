namespace GuidelineEngine.Facts.Index;

// The JSON shape of an index file (rules/GuidelineEngine.Rules.Mtus/Index/*.json); validated by GuidelineIndex on load.
internal sealed class IndexFile
{
    public string? Source { get; set; }

    public List<Row> Topics { get; set; } = [];

    internal sealed class Row
    {
        public string? Id { get; set; }

        public string? Guideline { get; set; }

        public string? Edition { get; set; }

        public string? Chapter { get; set; }

        public string? Topic { get; set; }

        public string? Pages { get; set; }

        public bool PagesConfirmed { get; set; }

        public string? Status { get; set; }

        public string? StatusText { get; set; }

        public string? Family { get; set; }

        public bool? Mtus { get; set; }

        public List<string> Phrasings { get; set; } = [];

        public string? EncodedTopic { get; set; }

        public string? Reason { get; set; }
    }
}
