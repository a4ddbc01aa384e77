using System.IO.Compression;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace GuidelineEngine.Reading.Pdf;

/// <summary>
/// PdfPig's filters with a budget on what one document may decompress to. A Flate stream is
/// measured before it is decoded, reading no further than the budget left, so a stream that
/// would inflate to gigabytes is refused after a few megabytes of work.
/// </summary>
internal sealed class BudgetedFilterProvider(IFilterProvider inner, long budget) : IFilterProvider
{
    private readonly long megabytes = budget / (1024 * 1024);
    private long left = budget;

    public IReadOnlyList<IFilter> GetFilters(DictionaryToken dictionary) => Wrap(inner.GetFilters(dictionary));

    public IReadOnlyList<IFilter> GetNamedFilters(IReadOnlyList<NameToken> names) => Wrap(inner.GetNamedFilters(names));

    public IReadOnlyList<IFilter> GetAllFilters() => Wrap(inner.GetAllFilters());

    private List<IFilter> Wrap(IReadOnlyList<IFilter> filters) => [.. filters.Select(f => (IFilter)new BudgetedFilter(f, this))];

    private void Spend(long bytes)
    {
        if (Interlocked.Add(ref left, -bytes) < 0)
        {
            Refuse();
        }
    }

    private void Refuse() =>
        throw new PdfTooCostlyException($"its streams decompress to more than {megabytes} MB of decompressed content");

    private long Left => Interlocked.Read(ref left);

    private sealed class BudgetedFilter(IFilter filter, BudgetedFilterProvider owner) : IFilter
    {
        public bool IsSupported => filter.IsSupported;

        public Memory<byte> Decode(Memory<byte> input, DictionaryToken streamDictionary, IFilterProvider filterProvider, int filterIndex)
        {
            if (filter is FlateFilter && InflatedSize(input, owner.Left) > owner.Left)
            {
                owner.Refuse();
            }

            var output = filter.Decode(input, streamDictionary, filterProvider, filterIndex);
            owner.Spend(output.Length);
            return output;
        }

        // Inflates into a discard buffer, stopping once past the limit; damaged data counts as what was read.
        private static long InflatedSize(Memory<byte> input, long limit)
        {
            if (input.Length <= 2)
            {
                return 0;
            }

            var buffer = new byte[64 * 1024];
            long total = 0;
            try
            {
                using var deflate = new DeflateStream(new MemoryStream(input[2..].ToArray(), writable: false), CompressionMode.Decompress);
                int read;
                while (total <= limit && (read = deflate.Read(buffer, 0, buffer.Length)) > 0)
                {
                    total += read;
                }
            }
            catch (InvalidDataException)
            {
                // Not valid deflate data: the library's own filter reports it or copes.
            }

            return total;
        }
    }
}
