namespace KpiToolkit.Calculators;

/// <summary>The options every <see cref="OnlineWindowDetector"/> shares.</summary>
public abstract class OnlineWindowOptions
{
    /// <summary>Gets or sets how many earlier points form the baseline.</summary>
    /// <value>7. Must be at least 2.</value>
    public int Window { get; set; } = 7;

    /// <summary>
    /// Gets or sets the step between baseline points: 1 takes the points just before; a day or a week in points
    /// takes the same slot of earlier days or weeks (a seasonal baseline); 0 finds it from the series among
    /// <see cref="SeasonCandidates"/>.
    /// </summary>
    /// <value>1. Must be at least 0.</value>
    public int SeasonLength { get; set; } = 1;

    /// <summary>
    /// Gets or sets the periods, in points, tried when <see cref="SeasonLength"/> is 0: on hourly points, 24 and 168
    /// (a day and a week). The detector keeps <see cref="Window"/> × the largest candidate points, finds the season
    /// once it has them (<see cref="Seasonality.FindPeriod"/>), and judges from then on.
    /// </summary>
    /// <value>Empty. Must hold at least one period of 2 or more when <see cref="SeasonLength"/> is 0.</value>
    public IReadOnlyList<int> SeasonCandidates { get; set; } = [];

    /// <summary>Gets or sets the autocorrelation a candidate needs to be taken as the season.</summary>
    /// <value>0.3. Must be in (0, 1].</value>
    public double MinimumCorrelation { get; set; } = 0.3;

    /// <summary>Gets or sets how many spreads from the expected value the band reaches; a point outside has a score above 0.5.</summary>
    /// <value>3. Must be positive.</value>
    public double K { get; set; } = 3;
}
