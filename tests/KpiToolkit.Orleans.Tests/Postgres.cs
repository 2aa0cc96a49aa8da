using KpiToolkit.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Orleans.Hosting;
using Orleans.TestingHost;

namespace KpiToolkit.Orleans.Tests;

/// <summary>
/// Decides whether the tests on PostgreSQL run. They always run in CI (<c>CI=true</c>), which installs and starts
/// PostgreSQL and applies Orleans' scripts; a missing server fails them there. Elsewhere they are skipped, and reported
/// as skipped with what to run, when no server answers at <see cref="ConnectionString"/>.
/// </summary>
internal static class Postgres
{
    /// <summary>The environment variable that gives another connection string.</summary>
    public const string ConnectionVariable = "KPITOOLKIT_POSTGRES";

    /// <summary>Gets the connection string of the database that holds Orleans' tables.</summary>
    public static string ConnectionString { get; } =
        Environment.GetEnvironmentVariable(ConnectionVariable) is { Length: > 0 } given ? given : "Host=127.0.0.1;Username=orleans;Password=orleans;Database=orleans;Timeout=3;Maximum Pool Size=30";

    /// <summary>A cluster of in-process silos that keep their grains' state in PostgreSQL, and its client.</summary>
    public static InProcessTestCluster Cluster(int silos)
    {
        var builder = new InProcessTestClusterBuilder((short)silos);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.Services.AddKpiToolkit(options => options.TimeZone = ClusterFixture.Paris);
            silo.AddKpiToolkit().AddAdoNetGrainStorage(KpiClusterOptions.StorageName, options =>
            {
                options.Invariant = "Npgsql";
                options.ConnectionString = ConnectionString;
            });
        });
        builder.ConfigureClient(client =>
        {
            client.Services.AddKpiToolkit(options => options.TimeZone = ClusterFixture.Paris);
            client.AddKpiToolkitClient();
        });
        return builder.Build();
    }

    /// <summary>Gets why the tests are skipped here, or null when they run.</summary>
    public static string? SkipReason { get; } = FindSkipReason();

    private static string? FindSkipReason()
    {
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        try
        {
            using var connection = new NpgsqlConnection(ConnectionString);
            connection.Open();
            using var command = new NpgsqlCommand("SELECT count(*) FROM information_schema.tables WHERE table_name = 'orleansstorage'", connection);
            return (long)command.ExecuteScalar()! > 0
                ? null
                : "PostgreSQL answers but the database lacks Orleans' storage table: apply Orleans' ADO.NET scripts for PostgreSQL (Main, then Persistence) as .ci/run does.";
        }
        catch (Exception exception) when (exception is NpgsqlException or InvalidOperationException or TimeoutException)
        {
            return $"No PostgreSQL at {ConnectionString} ({exception.Message.Split('\n')[0]}). To run these tests: apt-get install -y postgresql && service postgresql start, "
                + "then create the role and database orleans and apply Orleans' ADO.NET scripts for PostgreSQL, as .ci/run does (or set " + ConnectionVariable + ").";
        }
    }
}

/// <summary>A fact that needs PostgreSQL: skipped, never passed, when <see cref="Postgres"/> says so.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        Skip = Postgres.SkipReason;
    }
}
