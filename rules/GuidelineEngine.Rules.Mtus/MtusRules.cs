namespace GuidelineEngine.Rules.Mtus;

/// <summary>Marks the assembly of MTUS rules, so that hosts can name it for the rule scan.</summary>
public static class MtusRules
{
    /// <summary>The assembly holding the MTUS rules and topic policies.</summary>
    public static System.Reflection.Assembly Assembly => typeof(MtusRules).Assembly;
}
