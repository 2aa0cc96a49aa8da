using System.Globalization;
using KpiToolkit.Activity;
using NodaTime;

namespace KpiToolkit.Calculators;

/// <content>Mention volume in intraday buckets of the calendar's local time, so an unusual hour is seen within the hour.</content>
public sealed partial class MentionVolumeCalculator
{
    /// <summary>The most buckets one series may hold: a year of 5-minute buckets is 105,120.</summary>
    public const int MaxIntradayBuckets = 1_000_000;

    private const int MinutesPerDay = 24 * 60;

    /// <summary>
    /// Counts the mentions of the subject in every bucket of <paramref name="bucketLength"/> from the one holding
    /// <paramref name="from"/> to the one holding the instant before <paramref name="to"/>, empty buckets included.
    /// </summary>
    /// <param name="mentions">The mentions, in any order; those outside the buckets are ignored.</param>
    /// <param name="bucketLength">
    /// A whole number of minutes that divides a day, from 1 minute to 12 hours (5 minutes, 15 minutes and an hour are
    /// the usual ones), so buckets start at the same local clock times every day.
    /// </param>
    /// <param name="from">The first instant of interest; the first bucket may start before it.</param>
    /// <param name="to">The instant the series ends at (exclusive), such as now; the last bucket may end after it and is then not complete.</param>
    /// <returns>The buckets in time order; see <see cref="IntradayBucket"/> for how daylight-saving changes cut them.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="mentions"/> is null or holds a null mention.</exception>
    /// <exception cref="ArgumentException"><paramref name="to"/> is not after <paramref name="from"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bucketLength"/> is not a whole number of minutes dividing a day, or the range needs more than <see cref="MaxIntradayBuckets"/> buckets.</exception>
    public IReadOnlyList<IntradayBucket> IntradaySeries(IEnumerable<Mention> mentions, Duration bucketLength, Instant from, Instant to)
    {
        Preconditions.NotNull(mentions);
        var minutes = BucketMinutes(bucketLength);
        Preconditions.Check(to > from, $"to ({to}) must be after from ({from}).", nameof(to));

        var bounds = BucketsBetween(minutes, from, to);
        var starts = new Instant[bounds.Count];
        for (var i = 0; i < starts.Length; i++)
        {
            starts[i] = bounds[i].Start;
        }

        var counts = new long[bounds.Count];
        var last = bounds[^1].End;
        foreach (var mention in mentions)
        {
            Preconditions.Check(mention is not null, "mentions must not contain null.", nameof(mentions));
            var at = mention!.PublishedAt;
            if (at < starts[0] || at >= last || !IsCounted(mention))
            {
                continue;
            }

            // The last bucket starting at or before the instant holds it: buckets meet without a gap.
            var index = Array.BinarySearch(starts, at);
            counts[index >= 0 ? index : ~index - 1]++;
        }

        var buckets = new IntradayBucket[bounds.Count];
        for (var i = 0; i < buckets.Length; i++)
        {
            var (localStart, offset, start, end) = bounds[i];
            buckets[i] = new IntradayBucket
            {
                LocalStart = localStart, Offset = offset, Start = start, End = end, Count = counts[i],
                IsComplete = start >= from && end <= to,
            };
        }

        return Array.AsReadOnly(buckets);
    }

    private static int BucketMinutes(Duration bucketLength)
    {
        var minutes = bucketLength.TotalMinutes;
        if (minutes < 1 || minutes > MinutesPerDay / 2 || minutes != Math.Floor(minutes) || MinutesPerDay % (int)minutes != 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(bucketLength),
                bucketLength,
                "bucketLength must be a whole number of minutes that divides a day, from 1 minute to 12 hours (such as 5 minutes, 15 minutes or 1 hour).");
        }

        return (int)minutes;
    }

    /// <summary>The bounds of every bucket from the one holding <paramref name="from"/> until one reaches <paramref name="to"/>.</summary>
    private List<(LocalDateTime LocalStart, Offset Offset, Instant Start, Instant End)> BucketsBetween(int minutes, Instant from, Instant to)
    {
        // Checked on the nominal count first, so a range of years in minutes fails at once; a change of offset cuts a bucket in two at most.
        if ((to - from).TotalMinutes / minutes > MaxIntradayBuckets)
        {
            throw TooManyBuckets(minutes, from, to);
        }

        var bounds = new List<(LocalDateTime, Offset, Instant, Instant)>();
        var at = from;
        while (at < to)
        {
            if (bounds.Count == MaxIntradayBuckets)
            {
                throw TooManyBuckets(minutes, from, to);
            }

            var bucket = BucketHolding(at, minutes);
            bounds.Add(bucket);
            at = bucket.End;
        }

        return bounds;
    }

    private static ArgumentOutOfRangeException TooManyBuckets(int minutes, Instant from, Instant to) =>
        new(nameof(to), to, string.Create(
            CultureInfo.InvariantCulture,
            $"From {from} to {to} needs more than {MaxIntradayBuckets:N0} buckets of {minutes} minutes: ask for a shorter range or longer buckets."));

    /// <summary>
    /// The bucket of an instant: its local time rounded down to the bucket length, read with the instant's own offset,
    /// and cut where that offset stops applying.
    /// </summary>
    private (LocalDateTime LocalStart, Offset Offset, Instant Start, Instant End) BucketHolding(Instant instant, int minutes)
    {
        var zoned = instant.InZone(Calendar.Zone);
        var local = zoned.LocalDateTime;
        var minuteOfDay = (local.Hour * 60) + local.Minute;
        var localStart = local.Date.At(LocalTime.Midnight).PlusMinutes(minuteOfDay / minutes * minutes);
        var offset = zoned.Offset;
        var span = Calendar.Zone.GetZoneInterval(instant);
        var start = new OffsetDateTime(localStart, offset).ToInstant();
        var end = new OffsetDateTime(localStart.PlusMinutes(minutes), offset).ToInstant();
        if (span.HasStart && span.Start > start)
        {
            start = span.Start;
        }

        if (span.HasEnd && span.End < end)
        {
            end = span.End;
        }

        return (localStart, offset, start, end);
    }
}
