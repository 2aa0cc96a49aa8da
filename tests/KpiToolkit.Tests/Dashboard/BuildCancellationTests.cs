using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Dashboard;
using KpiToolkit.Indicators;
using KpiToolkit.Time;

namespace KpiToolkit.Tests.Dashboard;

/// <summary>A build that can be cancelled, and activity data gathered from asynchronous sources.</summary>
public sealed class BuildCancellationTests
{
    private static DashboardBuilder Builder() => new(
        KpiCalculatorRegistry.CreateDefault(DashboardFixture.Paris), IndicatorCatalog.BuiltIn.With(DashboardFixture.Headcount), DashboardFixture.Clock(), DashboardFixture.Paris);

    [Fact]
    public void Build_WithATokenNeverCancelled_GivesTheSameDashboard()
    {
        var json = new JsonDashboardRenderer();

        var withToken = Builder().Build(DashboardFixture.Request(), new CancellationTokenSource().Token);

        json.RenderToString(withToken).Should().Be(json.RenderToString(Builder().Build(DashboardFixture.Request())));
    }

    [Fact]
    public void Build_AlreadyCancelled_ThrowsBeforeReadingAnything()
    {
        var source = new CountingPosts(total: 10);
        var request = new DashboardRequest(DashboardFixture.June) { Data = ActivityData.Streamed(posts: source) };

        var act = () => Builder().Build(request, new CancellationToken(canceled: true));

        act.Should().Throw<OperationCanceledException>();
        source.Read.Should().Be(0);
    }

    [Fact]
    public void Build_CancelledWhileReadingStreamedPosts_StopsWithinAStepOfRecords()
    {
        using var cancellation = new CancellationTokenSource();
        var source = new CountingPosts(total: 100_000, cancelAt: 3_000, cancellation);
        var request = new DashboardRequest(DashboardFixture.June) { Data = ActivityData.Streamed(posts: source) };

        var act = () => Builder().Build(request, cancellation.Token);

        act.Should().Throw<OperationCanceledException>();
        source.Read.Should().BeLessThanOrEqualTo(3_000 + 1_024, "the shared read looks at the token every 1,024 records");
    }

    [Fact]
    public async Task FromAsync_GivesTheDataOfTheSameColumns()
    {
        var posts = Enumerable.Range(0, 300).Select(i => Post(i)).ToList();
        posts.Add(posts[7]); // an export overlap: reported, counted once
        var mentions = Enumerable.Range(0, 200)
            .Select(i => new Mention($"m{i}", Instant.FromUtc(2026, 6, 1, 0, 0) + Duration.FromHours(3 * i), MentionSourceType.Blog, $"author{i % 9}"))
            .ToList();
        var json = new JsonDashboardRenderer();

        var fromAsync = await ActivityData.FromAsync(Async(posts), Async(mentions));
        var fromColumns = ActivityData.FromColumns(PostColumns.From(posts), MentionColumns.From(mentions));

        fromAsync.PostColumns.Count.Should().Be(300);
        fromAsync.Duplicates.Posts.Should().HaveCount(1);
        json.RenderToString(Builder().Build(new DashboardRequest(DashboardFixture.June) { Data = fromAsync }))
            .Should().Be(json.RenderToString(Builder().Build(new DashboardRequest(DashboardFixture.June) { Data = fromColumns })));
    }

    [Fact]
    public async Task FromAsync_ANullRecord_IsNamedWithItsPosition()
    {
        var act = () => ActivityData.FromAsync(posts: Async(new[] { Post(0), null!, Post(2) }));

        (await act.Should().ThrowAsync<ArgumentException>()).Which.Message.Should().Contain("position 1");
    }

    [Fact]
    public async Task FromAsync_Cancelled_StopsReadingTheSource()
    {
        using var cancellation = new CancellationTokenSource();
        var read = 0;

        async IAsyncEnumerable<SocialPost> Endless()
        {
            for (var i = 0; ; i++)
            {
                await Task.Yield();
                if (++read == 2_000)
                {
                    await cancellation.CancelAsync();
                }

                yield return Post(i);
            }
        }

        var act = () => ActivityData.FromAsync(posts: Endless(), cancellationToken: cancellation.Token);

        await act.Should().ThrowAsync<OperationCanceledException>().WaitAsync(TimeSpan.FromSeconds(20));
        read.Should().BeLessThanOrEqualTo(2_000 + 1_024);
    }

    private static SocialPost Post(int i) => new(
        $"p{i}", i % 2 == 0 ? Channel.Instagram : Channel.Facebook, Instant.FromUtc(2026, 6, 1, 0, 0) + Duration.FromMinutes(7 * i), PostFormat.Photo,
        counters: new PostCounters { Reach = 1_000 + i, Reactions = i % 40, Comments = i % 6, Shares = i % 4 });

    private static async IAsyncEnumerable<T> Async<T>(IEnumerable<T> items)
    {
        foreach (var item in items)
        {
            await Task.Yield();
            yield return item;
        }
    }

    /// <summary>Posts made as they are read, counting the reads, optionally cancelling a token after some.</summary>
    private sealed class CountingPosts(int total, int cancelAt = -1, CancellationTokenSource? cancellation = null) : IEnumerable<SocialPost>
    {
        public int Read { get; private set; }

        public IEnumerator<SocialPost> GetEnumerator()
        {
            for (var i = 0; i < total; i++)
            {
                if (++Read == cancelAt)
                {
                    cancellation!.Cancel();
                }

                yield return Post(i);
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
