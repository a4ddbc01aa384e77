namespace GuidelineEngine.Facts.Requests;

/// <summary>Body regions as the guideline chapters divide them.</summary>
public enum BodyRegion
{
    /// <summary>A region the vocabulary does not place.</summary>
    Other,
    /// <summary>Lumbar spine and low back.</summary>
    LumbarSpine,
    /// <summary>Thoracic spine and upper back.</summary>
    ThoracicSpine,
    /// <summary>Cervical spine and neck.</summary>
    CervicalSpine,
    /// <summary>The spine, level not stated.</summary>
    Spine,
    /// <summary>Shoulder.</summary>
    Shoulder,
    /// <summary>Elbow.</summary>
    Elbow,
    /// <summary>Forearm.</summary>
    Forearm,
    /// <summary>Wrist, hand, fingers and thumb.</summary>
    WristHand,
    /// <summary>Hip.</summary>
    Hip,
    /// <summary>Pelvis and sacroiliac joints.</summary>
    Pelvis,
    /// <summary>Knee.</summary>
    Knee,
    /// <summary>Ankle and foot.</summary>
    AnkleFoot,
    /// <summary>Head and brain.</summary>
    Head,
    /// <summary>An upper extremity or arm, part not stated.</summary>
    UpperExtremity,
    /// <summary>A lower extremity or leg, part not stated.</summary>
    LowerExtremity,
    /// <summary>Abdomen.</summary>
    Abdomen,
}
