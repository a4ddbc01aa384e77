using System.IO.Compression;
using System.Text;

namespace GuidelineEngine.Testing;

/// <summary>Builds small PDFs by hand, hostile ones included: many pages, a huge Flate stream, no pages.</summary>
public static class TestPdf
{
    /// <summary>
    /// A PDF of <paramref name="pages"/> pages sharing one content stream, its text in <paramref name="font"/>
    /// (a font dictionary, object 3) or else the standard Helvetica.
    /// </summary>
    public static byte[] Build(int pages, byte[] content, bool flate, string? font = null)
    {
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            $"<< /Type /Pages /Kids [{string.Join(' ', Enumerable.Range(0, pages).Select(i => $"{5 + i} 0 R"))}] /Count {pages} >>",
            font ?? "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            string.Empty, // 4: the content stream, written as bytes below
        };
        objects.AddRange(Enumerable.Range(0, pages).Select(_ =>
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 3 0 R >> >> >>"));

        var stream = flate ? Deflate(content) : content;
        using var pdf = new MemoryStream();
        var offsets = new List<long>();
        Write(pdf, "%PDF-1.4\n");
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Position);
            if (i == 3)
            {
                Write(pdf, $"4 0 obj\n<< /Length {stream.Length}{(flate ? " /Filter /FlateDecode" : string.Empty)} >>\nstream\n");
                pdf.Write(stream);
                Write(pdf, "\nendstream\nendobj\n");
            }
            else
            {
                Write(pdf, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
            }
        }

        var xref = pdf.Position;
        Write(pdf, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            Write(pdf, $"{offset:D10} 00000 n \n");
        }

        Write(pdf, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return pdf.ToArray();
    }

    /// <summary>A page content stream drawing <paramref name="text"/> once.</summary>
    public static byte[] TextContent(string text) => Encoding.ASCII.GetBytes($"BT /F1 12 Tf 72 720 Td ({text}) Tj ET");

    /// <summary>A content stream of <paramref name="bytes"/> spaces after a line of text: compresses a thousandfold.</summary>
    public static byte[] HugeContent(int bytes)
    {
        var content = new byte[bytes];
        Array.Fill(content, (byte)' ');
        TextContent("Hello").CopyTo(content, 0);
        return content;
    }

    private static byte[] Deflate(byte[] content)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            zlib.Write(content);
        }

        return output.ToArray();
    }

    private static void Write(Stream stream, string text) => stream.Write(Encoding.ASCII.GetBytes(text));
}
