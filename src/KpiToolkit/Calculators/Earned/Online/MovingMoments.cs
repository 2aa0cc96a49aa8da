namespace KpiToolkit.Calculators;

/// <summary>
/// The mean and standard deviation of the last values of a stream, in constant time per value: a ring of the
/// values and their running sums. The values are kept shifted by the first one, so a large level with a small
/// spread (1,000,000 ± 1) keeps its precision.
/// </summary>
internal sealed class MovingMoments
{
    private readonly double[] _ring;
    private long _count;
    private double _shift;
    private double _sum;
    private double _squares;

    public MovingMoments(int capacity) => _ring = new double[capacity];

    /// <summary>Gets how many values the moments cover: at most the capacity.</summary>
    public int Count => (int)Math.Min(_count, _ring.Length);

    /// <summary>Gets the mean of the values covered.</summary>
    public double Mean => _shift + (_sum / Count);

    /// <summary>Gets the sample standard deviation of the values covered; 0 with fewer than 2.</summary>
    public double StandardDeviation
    {
        get
        {
            var n = Count;
            if (n < 2)
            {
                return 0;
            }

            var variance = (_squares - (_sum * _sum / n)) / (n - 1);
            return variance > 0 ? Math.Sqrt(variance) : 0;
        }
    }

    /// <summary>Adds a value, dropping the oldest once the ring is full.</summary>
    public void Add(double value)
    {
        if (_count == 0)
        {
            _shift = value;
        }

        var slot = (int)(_count % _ring.Length);
        if (_count >= _ring.Length)
        {
            var old = _ring[slot];
            _sum -= old;
            _squares -= old * old;
        }

        var shifted = value - _shift;
        _ring[slot] = shifted;
        _sum += shifted;
        _squares += shifted * shifted;
        _count++;
    }
}
