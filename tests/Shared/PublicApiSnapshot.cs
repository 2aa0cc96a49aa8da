// Shared by the test projects of every package (linked into each), so all packages describe their API the same way.
using System.Globalization;
using System.Reflection;
using System.Text;
using Xunit.Sdk;

namespace KpiToolkit.Tests.Shared;

/// <summary>
/// Writes the public surface of an assembly as text, one declaration per line, and compares it with a snapshot
/// checked in beside the tests, so every change of the API shows up in review.
/// </summary>
/// <remarks>
/// <para>
/// The text lists, by namespace then type, every type a consumer can see (public, and protected when nested in a
/// type that can be derived from) with its kind, modifiers, generic parameters and constraints, base type and the
/// interfaces it adds, then each member it declares that a consumer can use: constants with their value, fields,
/// constructors, properties (get, set, init, the accessibility of each accessor), events, methods and operators.
/// Parameters show their names, <c>ref</c>/<c>out</c>/<c>in</c>/<c>params</c>/<c>this</c> and default values;
/// types are written as in C# with their nullable annotations, read through <see cref="NullabilityInfoContext"/>.
/// Attributes that change how callers may use a member (<c>[Obsolete]</c>, <c>[Flags]</c>, the nullable-analysis
/// and trimming attributes) are written before it.
/// </para>
/// <para>
/// Type names are written without their namespace unless two types of the surface share a name. Not written:
/// nullable annotations of a generic constraint's type, of a base type and of implemented interfaces, which
/// reflection does not expose; protected members of a type no consumer can derive from; compiler-generated members
/// with unspeakable names.
/// </para>
/// </remarks>
internal static class PublicApiSnapshot
{
    /// <summary>The key of the <c>AssemblyMetadata</c> that gives the folder holding the snapshots, set by the test project.</summary>
    public const string DirectoryMetadataKey = "PublicApiSnapshotDirectory";

    private const BindingFlags Declared =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private const string CompilerServices = "System.Runtime.CompilerServices.";
    private const string CodeAnalysis = "System.Diagnostics.CodeAnalysis.";

    /// <summary>Attributes written before a declaration, because they change what a caller may do or is told.</summary>
    private static readonly HashSet<string> ShownAttributes = new(StringComparer.Ordinal)
    {
        "System.ObsoleteAttribute",
        "System.FlagsAttribute",
        "System.AttributeUsageAttribute",
        CodeAnalysis + "AllowNullAttribute",
        CodeAnalysis + "DisallowNullAttribute",
        CodeAnalysis + "MaybeNullAttribute",
        CodeAnalysis + "NotNullAttribute",
        CodeAnalysis + "MaybeNullWhenAttribute",
        CodeAnalysis + "NotNullWhenAttribute",
        CodeAnalysis + "NotNullIfNotNullAttribute",
        CodeAnalysis + "DoesNotReturnAttribute",
        CodeAnalysis + "DoesNotReturnIfAttribute",
        CodeAnalysis + "MemberNotNullAttribute",
        CodeAnalysis + "MemberNotNullWhenAttribute",
        CodeAnalysis + "RequiresUnreferencedCodeAttribute",
        CodeAnalysis + "RequiresDynamicCodeAttribute",
        CodeAnalysis + "RequiresAssemblyFilesAttribute",
        CodeAnalysis + "DynamicallyAccessedMembersAttribute",
        CodeAnalysis + "ExperimentalAttribute",
        CodeAnalysis + "SetsRequiredMembersAttribute",
        CodeAnalysis + "UnscopedRefAttribute",
        CompilerServices + "CallerArgumentExpressionAttribute",
        CompilerServices + "CallerFilePathAttribute",
        CompilerServices + "CallerLineNumberAttribute",
        CompilerServices + "CallerMemberNameAttribute",
        CompilerServices + "CollectionBuilderAttribute",
        CompilerServices + "OverloadResolutionPriorityAttribute",
    };

    /// <summary>Attributes that change a declared nullability: <see cref="NullabilityInfo.ReadState"/> or <see cref="NullabilityInfo.WriteState"/> folds them in.</summary>
    private static readonly string[] ReadStateAttributes = [CodeAnalysis + "NotNullAttribute", CodeAnalysis + "MaybeNullAttribute", CodeAnalysis + "MaybeNullWhenAttribute"];

    private static readonly string[] WriteStateAttributes = [CodeAnalysis + "AllowNullAttribute", CodeAnalysis + "DisallowNullAttribute"];

    private static readonly Dictionary<Type, string> Keywords = new()
    {
        [typeof(void)] = "void",
        [typeof(object)] = "object",
        [typeof(string)] = "string",
        [typeof(bool)] = "bool",
        [typeof(char)] = "char",
        [typeof(byte)] = "byte",
        [typeof(sbyte)] = "sbyte",
        [typeof(short)] = "short",
        [typeof(ushort)] = "ushort",
        [typeof(int)] = "int",
        [typeof(uint)] = "uint",
        [typeof(long)] = "long",
        [typeof(ulong)] = "ulong",
        [typeof(nint)] = "nint",
        [typeof(nuint)] = "nuint",
        [typeof(float)] = "float",
        [typeof(double)] = "double",
        [typeof(decimal)] = "decimal",
    };

    private static readonly Dictionary<string, string> Operators = new(StringComparer.Ordinal)
    {
        ["op_Addition"] = "+",
        ["op_Subtraction"] = "-",
        ["op_Multiply"] = "*",
        ["op_Division"] = "/",
        ["op_Modulus"] = "%",
        ["op_BitwiseAnd"] = "&",
        ["op_BitwiseOr"] = "|",
        ["op_ExclusiveOr"] = "^",
        ["op_LeftShift"] = "<<",
        ["op_RightShift"] = ">>",
        ["op_UnsignedRightShift"] = ">>>",
        ["op_Equality"] = "==",
        ["op_Inequality"] = "!=",
        ["op_LessThan"] = "<",
        ["op_GreaterThan"] = ">",
        ["op_LessThanOrEqual"] = "<=",
        ["op_GreaterThanOrEqual"] = ">=",
        ["op_UnaryNegation"] = "-",
        ["op_UnaryPlus"] = "+",
        ["op_LogicalNot"] = "!",
        ["op_OnesComplement"] = "~",
        ["op_Increment"] = "++",
        ["op_Decrement"] = "--",
        ["op_True"] = "true",
        ["op_False"] = "false",
        ["op_CheckedAddition"] = "checked +",
        ["op_CheckedSubtraction"] = "checked -",
        ["op_CheckedMultiply"] = "checked *",
        ["op_CheckedDivision"] = "checked /",
        ["op_CheckedUnaryNegation"] = "checked -",
        ["op_CheckedIncrement"] = "checked ++",
        ["op_CheckedDecrement"] = "checked --",
        ["op_AdditionAssignment"] = "+=",
        ["op_SubtractionAssignment"] = "-=",
        ["op_MultiplicationAssignment"] = "*=",
        ["op_DivisionAssignment"] = "/=",
        ["op_ModulusAssignment"] = "%=",
        ["op_BitwiseAndAssignment"] = "&=",
        ["op_BitwiseOrAssignment"] = "|=",
        ["op_ExclusiveOrAssignment"] = "^=",
        ["op_LeftShiftAssignment"] = "<<=",
        ["op_RightShiftAssignment"] = ">>=",
        ["op_UnsignedRightShiftAssignment"] = ">>>=",
        ["op_IncrementAssignment"] = "++",
        ["op_DecrementAssignment"] = "--",
    };

    /// <summary>Writes the public surface of <paramref name="assembly"/>, after a line naming it.</summary>
    public static string Write(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var header = $"# Public API of {assembly.GetName().Name}: every public and protected declaration, one per line. See docs/quality.md.\n";
        return header + Write(assembly.GetTypes());
    }

    /// <summary>Writes the public surface of the visible types among <paramref name="types"/>.</summary>
    public static string Write(IEnumerable<Type> types)
    {
        ArgumentNullException.ThrowIfNull(types);
        var visible = types.Where(IsVisible).ToList();

        // The first pass gathers every type the text names, so that names two types share get their namespace.
        var survey = new Writer(qualified: null);
        survey.WriteTypes(visible);
        var qualified = survey.Named
            .Where(t => !Keywords.ContainsKey(t))
            .GroupBy(t => t.Name, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .SelectMany(g => g)
            .ToHashSet();
        return new Writer(qualified).WriteTypes(visible);
    }

    /// <summary>
    /// Compares the public surface of <paramref name="assembly"/> with its snapshot, <c>PublicApi/Name.txt</c> in the
    /// test project, and fails with the lines added and removed; the text as built is then written beside the
    /// snapshot as <c>Name.received.txt</c>, to be copied over it when the change is intended.
    /// </summary>
    public static void Verify(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var name = assembly.GetName().Name!;
        var directory = SnapshotDirectory();
        var snapshotPath = Path.Combine(directory, name + ".txt");
        var receivedPath = Path.Combine(directory, name + ".received.txt");
        var actual = Write(assembly);

        if (File.Exists(snapshotPath))
        {
            var expected = File.ReadAllText(snapshotPath).ReplaceLineEndings("\n");
            if (expected == actual)
            {
                File.Delete(receivedPath);
                return;
            }
        }

        File.WriteAllText(receivedPath, actual, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        var message = new StringBuilder();
        if (File.Exists(snapshotPath))
        {
            var expectedLines = SplitLines(File.ReadAllText(snapshotPath).ReplaceLineEndings("\n"));
            message.Append(CultureInfo.InvariantCulture, $"The public API of {name} differs from its snapshot {snapshotPath}.\n");
            message.Append(Diff(expectedLines, SplitLines(actual)));
        }
        else
        {
            message.Append(CultureInfo.InvariantCulture, $"The public API of {name} has no snapshot yet: {snapshotPath} is missing.\n");
        }

        message.Append(CultureInfo.InvariantCulture, $"\nThe API as built is written to {receivedPath}.\n");
        message.Append("If the change is intended, accept it by copying that file over the snapshot and commit the snapshot with the change:\n");
        message.Append(CultureInfo.InvariantCulture, $"  cp '{receivedPath}' '{snapshotPath}'\n");
        throw new XunitException(message.ToString());
    }

    /// <summary>
    /// The folder of the snapshots: the test project's <c>PublicApi</c> folder, whose path the build records in the test
    /// assembly; if that folder is gone (tests run elsewhere than they were built), the copy in the output folder.
    /// </summary>
    private static string SnapshotDirectory()
    {
        var recorded = typeof(PublicApiSnapshot).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(a => a.Key == DirectoryMetadataKey)?.Value;
        if (!string.IsNullOrEmpty(recorded) && Directory.Exists(recorded))
        {
            return recorded;
        }

        return Path.Combine(AppContext.BaseDirectory, "PublicApi");
    }

    private static string[] SplitLines(string text) =>
        text.EndsWith('\n') ? text[..^1].Split('\n') : text.Split('\n');

    /// <summary>
    /// The lines removed (<c>-</c>) and added (<c>+</c>) from <paramref name="expected"/> to <paramref name="actual"/>,
    /// each under the namespace and type that hold it.
    /// </summary>
    internal static string Diff(string[] expected, string[] actual)
    {
        var changes = DiffLines(expected, actual);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{changes.Count(c => c.Added)} line(s) added (+), {changes.Count(c => !c.Added)} removed (-):\n");
        string[] shownContext = [];
        const int Limit = 400;
        foreach (var (added, index) in changes.Take(Limit))
        {
            var lines = added ? actual : expected;
            var context = Context(lines, index);
            var common = 0;
            while (common < context.Length && common < shownContext.Length && context[common] == shownContext[common])
            {
                common++;
            }

            foreach (var line in context.Skip(common))
            {
                text.Append("  ").Append(line).Append('\n');
            }

            shownContext = context;
            text.Append(added ? "+ " : "- ").Append(lines[index]).Append('\n');
        }

        if (changes.Count > Limit)
        {
            text.Append(CultureInfo.InvariantCulture, $"… and {changes.Count - Limit} more changed lines.\n");
        }

        return text.ToString();
    }

    /// <summary>The lines that enclose <c>lines[index]</c>: each earlier line with less indentation, outermost first.</summary>
    private static string[] Context(string[] lines, int index)
    {
        var context = new List<string>();
        var indent = Indentation(lines[index]);
        for (var i = index - 1; i >= 0 && indent > 0; i--)
        {
            var lineIndent = Indentation(lines[i]);
            if (lineIndent < indent && !lines[i].StartsWith('#'))
            {
                context.Insert(0, lines[i]);
                indent = lineIndent;
            }
        }

        return [.. context];
    }

    private static int Indentation(string line) => line.Length - line.TrimStart(' ').Length;

    /// <summary>A shortest edit script by longest common subsequence, after the common head and tail are set aside.</summary>
    private static List<(bool Added, int Index)> DiffLines(string[] expected, string[] actual)
    {
        var head = 0;
        while (head < expected.Length && head < actual.Length && expected[head] == actual[head])
        {
            head++;
        }

        var tail = 0;
        while (tail < expected.Length - head && tail < actual.Length - head
            && expected[expected.Length - 1 - tail] == actual[actual.Length - 1 - tail])
        {
            tail++;
        }

        var n = expected.Length - head - tail;
        var m = actual.Length - head - tail;
        var changes = new List<(bool Added, int Index)>();
        if ((long)n * m > 16_000_000)
        {
            // Too large to align line by line: list what is missing on either side.
            var actualSet = actual.ToHashSet(StringComparer.Ordinal);
            var expectedSet = expected.ToHashSet(StringComparer.Ordinal);
            changes.AddRange(Enumerable.Range(head, n).Where(i => !actualSet.Contains(expected[i])).Select(i => (false, i)));
            changes.AddRange(Enumerable.Range(head, m).Where(j => !expectedSet.Contains(actual[j])).Select(j => (true, j)));
            return changes;
        }

        // lcs[i, j]: the longest common subsequence of expected[head + i ..] and actual[head + j ..] in the middle part.
        var lcs = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                lcs[i, j] = expected[head + i] == actual[head + j]
                    ? lcs[i + 1, j + 1] + 1
                    : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        int x = 0, y = 0;
        while (x < n || y < m)
        {
            if (x < n && y < m && expected[head + x] == actual[head + y])
            {
                x++;
                y++;
            }
            else if (y < m && (x == n || lcs[x, y + 1] >= lcs[x + 1, y]))
            {
                changes.Add((true, head + y));
                y++;
            }
            else
            {
                changes.Add((false, head + x));
                x++;
            }
        }

        // Removed lines first, then added ones, within each run of changes: a changed signature reads as - then +.
        return Regroup(changes);
    }

    private static List<(bool Added, int Index)> Regroup(List<(bool Added, int Index)> changes)
    {
        var result = new List<(bool Added, int Index)>(changes.Count);
        var start = 0;
        while (start < changes.Count)
        {
            var end = start + 1;
            while (end < changes.Count && Adjacent(changes[end - 1], changes[end]))
            {
                end++;
            }

            var run = changes.GetRange(start, end - start);
            result.AddRange(run.Where(c => !c.Added));
            result.AddRange(run.Where(c => c.Added));
            start = end;
        }

        return result;

        // Consecutive in the edit script: the next line on the same side, or a switch of side.
        static bool Adjacent((bool Added, int Index) previous, (bool Added, int Index) next) =>
            previous.Added != next.Added || next.Index == previous.Index + 1;
    }

    private static bool IsVisible(Type type)
    {
        if (type.Name.Contains('<', StringComparison.Ordinal))
        {
            return false;
        }

        if (!type.IsNested)
        {
            return type.IsPublic;
        }

        var declaring = type.DeclaringType!;
        return IsVisible(declaring)
            && (type.IsNestedPublic || ((type.IsNestedFamily || type.IsNestedFamORAssem) && CanDerive(declaring)));
    }

    /// <summary>Whether a consumer can derive from <paramref name="type"/>, and so see its protected members.</summary>
    private static bool CanDerive(Type type) =>
        type.IsInterface || (type.IsClass && !type.IsSealed && type.GetConstructors(Declared).Any(c => c.IsPublic || c.IsFamily || c.IsFamilyOrAssembly));

    private static bool IsVisibleMember(MethodBase method) =>
        method.IsPublic || ((method.IsFamily || method.IsFamilyOrAssembly) && CanDerive(method.DeclaringType!));

    private static bool IsVisibleField(FieldInfo field) =>
        field.IsPublic || ((field.IsFamily || field.IsFamilyOrAssembly) && CanDerive(field.DeclaringType!));

    private static bool HasAttribute(MemberInfo member, string fullName) =>
        member.CustomAttributes.Any(a => a.AttributeType.FullName == fullName);

    private static bool HasAttribute(ParameterInfo parameter, string fullName) =>
        parameter.CustomAttributes.Any(a => a.AttributeType.FullName == fullName);

    private static string StripArity(string name)
    {
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        return tick < 0 ? name : name[..tick];
    }

    /// <summary>One pass over the types; the first only gathers the names, the second writes with them.</summary>
    private sealed class Writer(HashSet<Type>? qualified)
    {
        private readonly NullabilityInfoContext _nullability = new();

        public HashSet<Type> Named { get; } = [];

        public string WriteTypes(IEnumerable<Type> types)
        {
            var text = new StringBuilder();
            foreach (var ns in types.GroupBy(t => t.Namespace ?? "<global>").OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                text.Append("namespace ").Append(ns.Key).Append('\n');
                foreach (var type in ns.OrderBy(DeclaredName, StringComparer.Ordinal))
                {
                    text.Append("  ").Append(TypeDeclaration(type)).Append('\n');
                    foreach (var member in Members(type))
                    {
                        text.Append("    ").Append(member).Append('\n');
                    }
                }
            }

            return text.ToString();
        }

        private static string DeclaredName(Type type)
        {
            var name = StripArity(type.Name);
            return type.IsNested ? DeclaredName(type.DeclaringType!) + "." + name : name;
        }

        private string TypeDeclaration(Type type)
        {
            var line = new StringBuilder();
            line.Append(Attributes(type.CustomAttributes));
            line.Append(Accessibility(type)).Append(' ');

            if (type.IsSubclassOf(typeof(Delegate)))
            {
                var invoke = type.GetMethod("Invoke")!;
                line.Append("delegate ").Append(ReturnType(invoke)).Append(' ').Append(DeclaredName(type))
                    .Append(GenericParameters(type)).Append('(').Append(Parameters(invoke)).Append(')')
                    .Append(Constraints(OwnGenericParameters(type)));
                return line.ToString();
            }

            if (type.IsEnum)
            {
                line.Append("enum ").Append(DeclaredName(type));
                var underlying = Enum.GetUnderlyingType(type);
                if (underlying != typeof(int))
                {
                    line.Append(" : ").Append(TypeName(underlying, null));
                }

                return line.ToString();
            }

            if (type.IsInterface)
            {
                line.Append("interface ");
            }
            else if (type.IsValueType)
            {
                if (HasAttribute(type, CompilerServices + "IsReadOnlyAttribute"))
                {
                    line.Append("readonly ");
                }

                if (type.IsByRefLike)
                {
                    line.Append("ref ");
                }

                line.Append(IsRecordStruct(type) ? "record struct " : "struct ");
            }
            else
            {
                if (type.IsAbstract && type.IsSealed)
                {
                    line.Append("static ");
                }
                else if (type.IsAbstract)
                {
                    line.Append("abstract ");
                }
                else if (type.IsSealed)
                {
                    line.Append("sealed ");
                }

                line.Append(IsRecordClass(type) ? "record " : "class ");
            }

            line.Append(DeclaredName(type)).Append(GenericParameters(type));

            var bases = new List<string>();
            if (type.IsClass && type.BaseType is { } baseType && baseType != typeof(object))
            {
                bases.Add(TypeName(baseType, null));
            }

            bases.AddRange(AddedInterfaces(type).Select(i => TypeName(i, null)).Order(StringComparer.Ordinal));
            if (bases.Count > 0)
            {
                line.Append(" : ").Append(string.Join(", ", bases));
            }

            line.Append(Constraints(OwnGenericParameters(type)));
            return line.ToString();
        }

        /// <summary>
        /// The visible interfaces a type adds: not those its base class implements already, nor those another of them
        /// extends, so the line does not change when a type of another package gains an interface.
        /// </summary>
        private static IEnumerable<Type> AddedInterfaces(Type type)
        {
            var interfaces = type.GetInterfaces().Where(IsVisible).ToList();
            var implied = new HashSet<Type>(type.IsClass && type.BaseType is { } baseType ? baseType.GetInterfaces() : []);
            implied.UnionWith(interfaces.SelectMany(i => i.GetInterfaces()));
            return interfaces.Where(i => !implied.Contains(i));
        }

        private static bool IsRecordClass(Type type) =>
            type.GetMethod("<Clone>$", BindingFlags.Public | BindingFlags.Instance) is not null;

        private static bool IsRecordStruct(Type type)
        {
            var printMembers = type.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance, [typeof(StringBuilder)]);
            var toString = type.GetMethod(nameof(ToString), BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes);
            return printMembers is not null && printMembers.ReturnType == typeof(bool)
                && (HasAttribute(printMembers, CompilerServices + "CompilerGeneratedAttribute")
                    || (toString is not null && HasAttribute(toString, CompilerServices + "CompilerGeneratedAttribute")));
        }

        private static string Accessibility(Type type) =>
            type.IsPublic || type.IsNestedPublic ? "public" : "protected";

        private static string Accessibility(MethodBase method) =>
            method.IsPublic ? "public" : "protected";

        /// <summary>The generic parameters a type declares itself, not those of the types it is nested in.</summary>
        private static Type[] OwnGenericParameters(Type type)
        {
            if (!type.IsGenericTypeDefinition)
            {
                return [];
            }

            var all = type.GetGenericArguments();
            var outer = type.IsNested && type.DeclaringType!.IsGenericTypeDefinition ? type.DeclaringType.GetGenericArguments().Length : 0;
            return all[outer..];
        }

        private static string GenericParameters(Type type) => GenericParameterList(OwnGenericParameters(type));

        private static string GenericParameterList(Type[] parameters)
        {
            if (parameters.Length == 0)
            {
                return string.Empty;
            }

            return "<" + string.Join(", ", parameters.Select(p =>
            {
                var variance = p.GenericParameterAttributes & GenericParameterAttributes.VarianceMask;
                var prefix = variance == GenericParameterAttributes.Covariant ? "out "
                    : variance == GenericParameterAttributes.Contravariant ? "in " : string.Empty;
                return prefix + p.Name;
            })) + ">";
        }

        private string Constraints(Type[] parameters)
        {
            var text = new StringBuilder();
            foreach (var parameter in parameters)
            {
                var constraints = new List<string>();
                var attributes = parameter.GenericParameterAttributes;
                var annotation = NullableAnnotation(parameter);
                if (attributes.HasFlag(GenericParameterAttributes.NotNullableValueTypeConstraint))
                {
                    constraints.Add(HasAttribute(parameter, CompilerServices + "IsUnmanagedAttribute") ? "unmanaged" : "struct");
                }
                else if (attributes.HasFlag(GenericParameterAttributes.ReferenceTypeConstraint))
                {
                    constraints.Add(annotation == 2 ? "class?" : "class");
                }
                else if (annotation == 1)
                {
                    constraints.Add("notnull");
                }

                var types = parameter.GetGenericParameterConstraints().Where(t => t != typeof(ValueType)).ToList();
                constraints.AddRange(types.Where(t => !t.IsInterface).Select(t => TypeName(t, null)));
                constraints.AddRange(types.Where(t => t.IsInterface).Select(t => TypeName(t, null)).Order(StringComparer.Ordinal));
                if (attributes.HasFlag(GenericParameterAttributes.DefaultConstructorConstraint)
                    && !attributes.HasFlag(GenericParameterAttributes.NotNullableValueTypeConstraint))
                {
                    constraints.Add("new()");
                }

                if (attributes.HasFlag(GenericParameterAttributes.AllowByRefLike))
                {
                    constraints.Add("allows ref struct");
                }

                if (constraints.Count > 0)
                {
                    text.Append(" where ").Append(parameter.Name).Append(" : ").Append(string.Join(", ", constraints));
                }
            }

            return text.ToString();
        }

        /// <summary>
        /// The nullable annotation the compiler recorded for a generic parameter: 1 not null, 2 nullable, 0 oblivious;
        /// its own <c>[Nullable]</c>, else the <c>[NullableContext]</c> of the nearest declaration around it.
        /// </summary>
        private static byte NullableAnnotation(Type parameter)
        {
            var own = parameter.CustomAttributes.FirstOrDefault(a => a.AttributeType.FullName == CompilerServices + "NullableAttribute");
            if (own is not null)
            {
                return own.ConstructorArguments[0].Value switch
                {
                    byte b => b,
                    IReadOnlyCollection<CustomAttributeTypedArgument> bytes => (byte)bytes.First().Value!,
                    _ => 0,
                };
            }

            for (MemberInfo? scope = (MemberInfo?)parameter.DeclaringMethod ?? parameter.DeclaringType; scope is not null; scope = scope.DeclaringType)
            {
                var context = scope.CustomAttributes.FirstOrDefault(a => a.AttributeType.FullName == CompilerServices + "NullableContextAttribute");
                if (context is not null)
                {
                    return (byte)context.ConstructorArguments[0].Value!;
                }
            }

            return 0;
        }

        private List<string> Members(Type type)
        {
            if (type.IsSubclassOf(typeof(Delegate)))
            {
                return [];
            }

            if (type.IsEnum)
            {
                return type.GetFields(BindingFlags.Public | BindingFlags.Static)
                    .Select(f => (Field: f, Value: f.GetRawConstantValue()!))
                    .OrderBy(f => Convert.ToDecimal(f.Value, CultureInfo.InvariantCulture))
                    .ThenBy(f => f.Field.Name, StringComparer.Ordinal)
                    .Select(f => Attributes(f.Field.CustomAttributes) + f.Field.Name + " = " + Convert.ToString(f.Value, CultureInfo.InvariantCulture))
                    .ToList();
            }

            var members = new List<(int Rank, string Name, string Text)>();
            foreach (var field in type.GetFields(Declared).Where(f => IsVisibleField(f) && !f.Name.Contains('<', StringComparison.Ordinal)))
            {
                members.Add((field.IsLiteral ? 0 : 1, field.Name, Field(field)));
            }

            foreach (var constructor in type.GetConstructors(Declared).Where(c => !c.IsStatic && IsVisibleMember(c)))
            {
                members.Add((2, string.Empty, Constructor(constructor)));
            }

            foreach (var property in type.GetProperties(Declared))
            {
                var accessors = new[] { property.GetMethod, property.SetMethod }.Where(a => a is not null && IsVisibleMember(a)).ToList();
                if (accessors.Count > 0 && !property.Name.Contains('<', StringComparison.Ordinal))
                {
                    members.Add((3, property.Name, Property(property)));
                }
            }

            foreach (var @event in type.GetEvents(Declared))
            {
                if (@event.AddMethod is { } add && IsVisibleMember(add))
                {
                    members.Add((4, @event.Name, Event(@event)));
                }
            }

            foreach (var method in type.GetMethods(Declared).Where(IsVisibleMember))
            {
                if (method.Name.Contains('<', StringComparison.Ordinal))
                {
                    continue;
                }

                if (method.IsSpecialName && (Operators.ContainsKey(method.Name) || method.Name is "op_Implicit" or "op_Explicit" or "op_CheckedExplicit"))
                {
                    members.Add((6, method.Name, Operator(method)));
                }
                else if (!method.IsSpecialName)
                {
                    members.Add((5, method.Name, Method(method)));
                }
            }

            return members
                .OrderBy(m => m.Rank)
                .ThenBy(m => m.Name, StringComparer.Ordinal)
                .ThenBy(m => m.Text, StringComparer.Ordinal)
                .Select(m => m.Text)
                .ToList();
        }

        private string Field(FieldInfo field)
        {
            var line = new StringBuilder(Attributes(field.CustomAttributes));
            line.Append(field.IsPublic ? "public " : "protected ");
            if (field.IsLiteral)
            {
                line.Append("const ");
            }
            else
            {
                if (field.IsStatic)
                {
                    line.Append("static ");
                }

                if (field.IsInitOnly)
                {
                    line.Append("readonly ");
                }
            }

            line.Append(TypeName(field.FieldType, _nullability.Create(field), DeclaredInWriteState(field.CustomAttributes))).Append(' ').Append(field.Name);
            if (field.IsLiteral)
            {
                line.Append(" = ").Append(Constant(field.GetRawConstantValue(), field.FieldType));
            }

            return line.ToString();
        }

        private string Constructor(ConstructorInfo constructor)
        {
            var line = new StringBuilder(Attributes(constructor.CustomAttributes));
            line.Append(Accessibility(constructor)).Append(' ').Append(StripArity(constructor.DeclaringType!.Name))
                .Append('(').Append(Parameters(constructor)).Append(')');
            return line.ToString();
        }

        private string Property(PropertyInfo property)
        {
            var getter = property.GetMethod is { } g && IsVisibleMember(g) ? g : null;
            var setter = property.SetMethod is { } s && IsVisibleMember(s) ? s : null;
            var main = getter ?? setter!;
            var attributes = property.CustomAttributes.ToList();
            var line = new StringBuilder(Attributes(attributes));
            line.Append(Accessibility(main)).Append(' ').Append(Modifiers(main));
            if (HasAttribute(property, CompilerServices + "RequiredMemberAttribute"))
            {
                line.Append("required ");
            }

            var nullability = _nullability.Create(property);
            var type = property.PropertyType;
            if (type.IsByRef)
            {
                line.Append(HasAttribute(main.ReturnParameter, CompilerServices + "IsReadOnlyAttribute") ? "ref readonly " : "ref ");
            }

            // A property's state is its getter's unless an attribute changed it; see DeclaredInWriteState.
            line.Append(TypeName(type, nullability, DeclaredInWriteState(attributes))).Append(' ');
            var index = property.GetIndexParameters();
            line.Append(index.Length > 0 ? "this[" + Parameters(index, isExtension: false) + "]" : property.Name);

            line.Append(" {");
            if (getter is not null)
            {
                line.Append(' ').Append(AccessorPrefix(getter, main)).Append("get;");
            }

            if (setter is not null)
            {
                var init = setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.FullName == CompilerServices + "IsExternalInit");
                line.Append(' ').Append(AccessorPrefix(setter, main)).Append(init ? "init;" : "set;");
            }

            line.Append(" }");
            return line.ToString();
        }

        private static string AccessorPrefix(MethodInfo accessor, MethodInfo main) =>
            Accessibility(accessor) == Accessibility(main) ? string.Empty : Accessibility(accessor) + " ";

        private string Event(EventInfo @event)
        {
            var add = @event.AddMethod!;
            var line = new StringBuilder(Attributes(@event.CustomAttributes));
            line.Append(Accessibility(add)).Append(' ').Append(Modifiers(add)).Append("event ")
                .Append(TypeName(@event.EventHandlerType!, _nullability.Create(@event))).Append(' ').Append(@event.Name);
            return line.ToString();
        }

        private string Method(MethodInfo method)
        {
            var line = new StringBuilder(Attributes(method.CustomAttributes));
            line.Append(ReturnAttributes(method));
            line.Append(Accessibility(method)).Append(' ').Append(Modifiers(method)).Append(ReturnType(method)).Append(' ')
                .Append(method.Name).Append(GenericParameterList(method.GetGenericArguments()))
                .Append('(').Append(Parameters(method)).Append(')')
                .Append(Constraints(method.GetGenericArguments()));
            return line.ToString();
        }

        private string Operator(MethodInfo method)
        {
            var line = new StringBuilder(Attributes(method.CustomAttributes));
            line.Append(ReturnAttributes(method));
            line.Append(Accessibility(method)).Append(' ').Append(Modifiers(method));
            if (method.Name is "op_Implicit" or "op_Explicit" or "op_CheckedExplicit")
            {
                line.Append(method.Name == "op_Implicit" ? "implicit" : "explicit").Append(" operator ")
                    .Append(method.Name == "op_CheckedExplicit" ? "checked " : string.Empty).Append(ReturnType(method));
            }
            else
            {
                line.Append(ReturnType(method)).Append(" operator ").Append(Operators[method.Name]);
            }

            line.Append('(').Append(Parameters(method)).Append(')');
            return line.ToString();
        }

        /// <summary>
        /// static, abstract, virtual, override, sealed; in an interface, the implicit abstract of an instance member is not
        /// written, a default implementation is <c>virtual</c> and a static member says <c>static abstract</c> or <c>static virtual</c>.
        /// </summary>
        private static string Modifiers(MethodInfo method)
        {
            var modifiers = new StringBuilder();
            if (method.IsStatic)
            {
                modifiers.Append("static ");
            }

            if (HasAttribute(method, CompilerServices + "IsReadOnlyAttribute") && !HasAttribute(method.DeclaringType!, CompilerServices + "IsReadOnlyAttribute"))
            {
                modifiers.Append("readonly ");
            }

            if (method.DeclaringType!.IsInterface)
            {
                if (method.IsAbstract && method.IsStatic)
                {
                    modifiers.Append("abstract ");
                }
                else if (!method.IsAbstract && method.IsVirtual)
                {
                    modifiers.Append("virtual ");
                }

                return modifiers.ToString();
            }

            var isOverride = method.IsVirtual && method.GetBaseDefinition().DeclaringType != method.DeclaringType;
            if (isOverride)
            {
                modifiers.Append(method.IsAbstract ? "abstract " : method.IsFinal ? "sealed " : string.Empty).Append("override ");
            }
            else if (method.IsAbstract)
            {
                modifiers.Append("abstract ");
            }
            else if (method.IsVirtual && !method.IsFinal)
            {
                modifiers.Append("virtual ");
            }

            return modifiers.ToString();
        }

        private string ReturnType(MethodInfo method)
        {
            var returnParameter = method.ReturnParameter;
            var type = method.ReturnType;
            var prefix = string.Empty;
            if (type.IsByRef)
            {
                prefix = HasAttribute(returnParameter, CompilerServices + "IsReadOnlyAttribute") ? "ref readonly " : "ref ";
            }

            return prefix + TypeName(type, _nullability.Create(returnParameter), DeclaredInWriteState(returnParameter.CustomAttributes),
                TupleNames(returnParameter.CustomAttributes));
        }

        private string ReturnAttributes(MethodInfo method)
        {
            var shown = Attributes(method.ReturnParameter.CustomAttributes);
            return shown.Length == 0 ? string.Empty : shown.Replace("[", "[return: ", StringComparison.Ordinal);
        }

        private string Parameters(MethodBase method) =>
            Parameters(method.GetParameters(), method.IsDefined(typeof(System.Runtime.CompilerServices.ExtensionAttribute), inherit: false));

        private string Parameters(ParameterInfo[] parameters, bool isExtension) =>
            string.Join(", ", parameters.Select((p, i) => Parameter(p, isExtension && i == 0)));

        private string Parameter(ParameterInfo parameter, bool isThis)
        {
            var attributes = parameter.CustomAttributes.ToList();
            var text = new StringBuilder(Attributes(attributes));
            if (isThis)
            {
                text.Append("this ");
            }

            if (HasAttribute(parameter, CompilerServices + "ScopedRefAttribute"))
            {
                text.Append("scoped ");
            }

            var type = parameter.ParameterType;
            if (type.IsByRef)
            {
                if (parameter.IsOut && !parameter.IsIn)
                {
                    text.Append("out ");
                }
                else if (HasAttribute(parameter, CompilerServices + "RequiresLocationAttribute"))
                {
                    text.Append("ref readonly ");
                }
                else if (parameter.IsIn && HasAttribute(parameter, CompilerServices + "IsReadOnlyAttribute"))
                {
                    text.Append("in ");
                }
                else
                {
                    text.Append("ref ");
                }
            }

            if (HasAttribute(parameter, "System.ParamArrayAttribute") || HasAttribute(parameter, CompilerServices + "ParamCollectionAttribute"))
            {
                text.Append("params ");
            }

            text.Append(TypeName(type, _nullability.Create(parameter), DeclaredInWriteState(attributes), TupleNames(attributes)))
                .Append(' ').Append(parameter.Name);
            if (parameter.HasDefaultValue)
            {
                text.Append(" = ").Append(Constant(parameter.RawDefaultValue, type.IsByRef ? type.GetElementType()! : type));
            }

            return text.ToString();
        }

        /// <summary>
        /// Whether the declared annotation is the write state: <see cref="NullabilityInfoContext"/> folds [NotNull], [MaybeNull]
        /// and [MaybeNullWhen] into the read state and [AllowNull] and [DisallowNull] into the write state, while those
        /// attributes are written apart.
        /// </summary>
        private static bool DeclaredInWriteState(IEnumerable<CustomAttributeData> attributes)
        {
            var names = attributes.Select(a => a.AttributeType.FullName).ToList();
            return names.Any(n => ReadStateAttributes.Contains(n)) && !names.Any(n => WriteStateAttributes.Contains(n));
        }

        private static string[]? TupleNames(IEnumerable<CustomAttributeData> attributes)
        {
            var names = attributes.FirstOrDefault(a => a.AttributeType.FullName == CompilerServices + "TupleElementNamesAttribute");
            return names?.ConstructorArguments[0].Value is IReadOnlyCollection<CustomAttributeTypedArgument> values
                ? values.Select(v => (string?)v.Value ?? string.Empty).ToArray()
                : null;
        }

        private string TypeName(Type type, NullabilityInfo? nullability, bool writeState = false, string[]? tupleNames = null)
        {
            var tupleIndex = 0;
            return TypeName(type, nullability, writeState, tupleNames, ref tupleIndex);
        }

        /// <summary>
        /// A type as C# writes it, with the annotations of <paramref name="nullability"/>: its read state, or at the top level its
        /// write state when <paramref name="writeState"/> says so.
        /// </summary>
        private string TypeName(Type type, NullabilityInfo? nullability, bool writeState, string[]? tupleNames, ref int tupleIndex)
        {
            if (type.IsByRef)
            {
                // NullabilityInfoContext gives a by-reference type the states of the type it refers to.
                return TypeName(type.GetElementType()!, nullability, writeState, tupleNames, ref tupleIndex);
            }

            if (type.IsPointer)
            {
                return TypeName(type.GetElementType()!, null, false, tupleNames, ref tupleIndex) + "*";
            }

            var state = writeState ? nullability?.WriteState : nullability?.ReadState;
            var nullable = state == NullabilityState.Nullable && !type.IsValueType ? "?" : string.Empty;

            if (type.IsArray)
            {
                // C# writes the ranks of nested arrays outermost first: int[][,] is an array of two-dimensional arrays.
                var ranks = new StringBuilder();
                var element = type;
                var info = nullability;
                while (element.IsArray)
                {
                    ranks.Append('[').Append(',', element.GetArrayRank() - 1).Append(']');
                    if (info?.ReadState == NullabilityState.Nullable && element != type)
                    {
                        ranks.Append('?');
                    }

                    info = info?.ElementType;
                    element = element.GetElementType()!;
                }

                return TypeName(element, info, false, tupleNames, ref tupleIndex) + ranks + nullable;
            }

            if (type.IsGenericParameter)
            {
                return type.Name + nullable;
            }

            if (Nullable.GetUnderlyingType(type) is { } underlying)
            {
                var argument = nullability?.GenericTypeArguments.Length == 1 ? nullability.GenericTypeArguments[0] : null;
                return TypeName(underlying, argument, false, tupleNames, ref tupleIndex) + "?";
            }

            Named.Add(type.IsGenericType ? type.GetGenericTypeDefinition() : type);
            if (Keywords.TryGetValue(type, out var keyword))
            {
                return keyword + nullable;
            }

            var arguments = type.IsGenericType ? type.GetGenericArguments() : [];
            var argumentInfos = nullability?.GenericTypeArguments.Length == arguments.Length ? nullability.GenericTypeArguments : null;

            if (IsValueTuple(type))
            {
                var elements = TupleElements(type, argumentInfos);
                var names = tupleNames is null ? null : tupleNames.Skip(tupleIndex).Take(elements.Count).ToArray();
                tupleIndex += elements.Count;
                var written = new List<string>();
                for (var i = 0; i < elements.Count; i++)
                {
                    var element = TypeName(elements[i].Type, elements[i].Info, false, tupleNames, ref tupleIndex);
                    written.Add(names is not null && i < names.Length && names[i].Length > 0 ? element + " " + names[i] : element);
                }

                return "(" + string.Join(", ", written) + ")" + nullable;
            }

            // Outer<A>.Inner<B>: each level takes its own share of the arguments.
            var levels = new List<Type>();
            for (var level = type; level is not null; level = level.IsNested ? level.DeclaringType : null)
            {
                levels.Insert(0, level);
            }

            var name = new StringBuilder();
            if (qualified?.Contains(type.IsGenericType ? type.GetGenericTypeDefinition() : type) == true && type.Namespace is { } ns)
            {
                name.Append(ns).Append('.');
            }

            var used = 0;
            for (var i = 0; i < levels.Count; i++)
            {
                if (i > 0)
                {
                    name.Append('.');
                }

                name.Append(StripArity(levels[i].Name));
                var count = levels[i].IsGenericType ? levels[i].GetGenericArguments().Length - used : 0;
                if (count > 0)
                {
                    var written = new List<string>();
                    for (var a = used; a < used + count; a++)
                    {
                        written.Add(TypeName(arguments[a], argumentInfos?[a], false, tupleNames, ref tupleIndex));
                    }

                    name.Append('<').Append(string.Join(", ", written)).Append('>');
                    used += count;
                }
            }

            return name + nullable;
        }

        private static bool IsValueTuple(Type type) =>
            type.IsGenericType && type.Namespace == "System" && type.Name.StartsWith("ValueTuple`", StringComparison.Ordinal);

        /// <summary>The elements of a value tuple, with those of the nested tuple that holds the eighth and later flattened.</summary>
        private static List<(Type Type, NullabilityInfo? Info)> TupleElements(Type tuple, NullabilityInfo[]? infos)
        {
            var arguments = tuple.GetGenericArguments();
            var elements = new List<(Type, NullabilityInfo?)>();
            for (var i = 0; i < arguments.Length; i++)
            {
                if (i == 7 && IsValueTuple(arguments[i]))
                {
                    var rest = infos?[i].GenericTypeArguments;
                    elements.AddRange(TupleElements(arguments[i], rest?.Length == arguments[i].GetGenericArguments().Length ? rest : null));
                }
                else
                {
                    elements.Add((arguments[i], infos?[i]));
                }
            }

            return elements;
        }

        private string Attributes(IEnumerable<CustomAttributeData> attributes)
        {
            var list = attributes.ToList();
            var compilerFeature = list.Any(a => a.AttributeType.FullName == CompilerServices + "CompilerFeatureRequiredAttribute");
            var written = list
                .Where(a => ShownAttributes.Contains(a.AttributeType.FullName!))
                // The compiler marks members an old compiler must not use (required members, ref structs) as errors with [Obsolete].
                .Where(a => !(compilerFeature && a.AttributeType == typeof(ObsoleteAttribute)))
                .Select(Attribute)
                .Order(StringComparer.Ordinal)
                .ToList();
            return written.Count == 0 ? string.Empty : string.Concat(written.Select(w => "[" + w + "] "));
        }

        private string Attribute(CustomAttributeData attribute)
        {
            var name = attribute.AttributeType.Name;
            name = name.EndsWith("Attribute", StringComparison.Ordinal) ? name[..^"Attribute".Length] : name;
            var arguments = attribute.ConstructorArguments.Select(a => Constant(a.Value, a.ArgumentType))
                .Concat(attribute.NamedArguments.Select(a => a.MemberName + " = " + Constant(a.TypedValue.Value, a.TypedValue.ArgumentType)))
                .ToList();
            return arguments.Count == 0 ? name : name + "(" + string.Join(", ", arguments) + ")";
        }

        /// <summary>A constant, default value or attribute argument as C# writes it.</summary>
        private string Constant(object? value, Type type)
        {
            var target = Nullable.GetUnderlyingType(type) ?? type;
            switch (value)
            {
                case null:
                    return type.IsValueType && Nullable.GetUnderlyingType(type) is null ? "default" : "null";
                case string s:
                    return Quote(s, '"');
                case char c:
                    return Quote(c.ToString(), '\'');
                case bool b:
                    return b ? "true" : "false";
                case Type t:
                    return "typeof(" + TypeName(t, null) + ")";
                case IReadOnlyCollection<CustomAttributeTypedArgument> items:
                    return "[" + string.Join(", ", items.Select(i => Constant(i.Value, i.ArgumentType))) + "]";
                case float f:
                    return float.IsFinite(f) ? f.ToString("R", CultureInfo.InvariantCulture) : Floating(f, "float");
                case double d:
                    return Floating(d, "double");
            }

            if (target.IsEnum)
            {
                return EnumValue(target, value);
            }

            return Convert.ToString(value, CultureInfo.InvariantCulture)!;
        }

        private static string Floating(double value, string keyword) =>
            double.IsNaN(value) ? keyword + ".NaN"
            : double.IsPositiveInfinity(value) ? keyword + ".PositiveInfinity"
            : double.IsNegativeInfinity(value) ? keyword + ".NegativeInfinity"
            : value.ToString("R", CultureInfo.InvariantCulture);

        private string EnumValue(Type enumType, object value)
        {
            var typeName = TypeName(enumType, null);
            var number = ToUInt64(value);
            var members = enumType.GetFields(BindingFlags.Public | BindingFlags.Static)
                .Select(f => (f.Name, Value: ToUInt64(f.GetRawConstantValue()!)))
                .OrderBy(m => m.Value)
                .ThenBy(m => m.Name, StringComparer.Ordinal)
                .ToList();
            var exact = members.FirstOrDefault(m => m.Value == number);
            if (exact.Name is not null)
            {
                return typeName + "." + exact.Name;
            }

            if (enumType.IsDefined(typeof(FlagsAttribute), inherit: false) && number != 0)
            {
                var parts = new List<string>();
                var rest = number;
                foreach (var member in members.Where(m => m.Value != 0).OrderByDescending(m => m.Value))
                {
                    if ((rest & member.Value) == member.Value)
                    {
                        parts.Insert(0, typeName + "." + member.Name);
                        rest &= ~member.Value;
                    }
                }

                if (rest == 0)
                {
                    return string.Join(" | ", parts);
                }
            }

            return "(" + typeName + ")" + Convert.ToString(value, CultureInfo.InvariantCulture);

            // Signed values keep their bits, so -1 compares equal to a member of value -1.
            static ulong ToUInt64(object raw) =>
                raw is long or int or short or sbyte || (raw is Enum && Type.GetTypeCode(Enum.GetUnderlyingType(raw.GetType())) is TypeCode.Int64 or TypeCode.Int32 or TypeCode.Int16 or TypeCode.SByte)
                    ? unchecked((ulong)Convert.ToInt64(raw, CultureInfo.InvariantCulture))
                    : Convert.ToUInt64(raw, CultureInfo.InvariantCulture);
        }

        private static string Quote(string text, char quote)
        {
            var quoted = new StringBuilder().Append(quote);
            foreach (var c in text)
            {
                quoted.Append(c switch
                {
                    '\\' => "\\\\",
                    '\n' => "\\n",
                    '\r' => "\\r",
                    '\t' => "\\t",
                    '\0' => "\\0",
                    _ when c == quote => "\\" + c,
                    _ when char.IsControl(c) || char.IsSurrogate(c) => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                    _ => c.ToString(),
                });
            }

            return quoted.Append(quote).ToString();
        }
    }
}
