namespace GuidelineEngine.Facts.Index;

/// <summary>The kind of thing a request asks for, known from its words even when the vocabulary does not know its name.</summary>
public enum RequestFamily
{
    /// <summary>A medication.</summary>
    Drug,

    /// <summary>Imaging: MRI, CT, x-ray, scans.</summary>
    Imaging,

    /// <summary>A test or evaluation: electrodiagnostics, labs, panels, studies.</summary>
    Test,

    /// <summary>A procedure: injections, blocks, surgery.</summary>
    Procedure,

    /// <summary>A therapy given in sessions or visits.</summary>
    Therapy,

    /// <summary>A device or equipment: braces, units, cushions, chairs.</summary>
    Device,

    /// <summary>A service: home health, transport, nursing, visits.</summary>
    Service,

    /// <summary>A programme: functional restoration, work conditioning.</summary>
    Programme,
}
