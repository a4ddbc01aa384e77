namespace GuidelineEngine.Facts.Vocabulary;

/// <summary>
/// A place in a character prefix tree: the characters that may follow and the node each leads to.
/// A node has few children, so two small arrays scanned linearly beat a dictionary here; what a
/// node holds besides (a name, clauses) is the subclass's.
/// </summary>
/// <typeparam name="TNode">The concrete node type.</typeparam>
public abstract class PrefixTreeNode<TNode>
    where TNode : PrefixTreeNode<TNode>, new()
{
    private char[] keys = [];
    private TNode[] children = [];

    /// <summary>The node <paramref name="c"/> leads to, or null.</summary>
    public TNode? Child(char c)
    {
        var index = Array.IndexOf(keys, c);
        return index < 0 ? null : children[index];
    }

    /// <summary>The node <paramref name="c"/> leads to, added if it was not there.</summary>
    public TNode Add(char c)
    {
        if (Child(c) is { } existing)
        {
            return existing;
        }

        var node = new TNode();
        keys = [.. keys, c];
        children = [.. children, node];
        return node;
    }
}
