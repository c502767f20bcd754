namespace Multiprocessing.Marshalling;

/// <summary>Marshals <see cref="Version"/>: a presence byte, then major, minor, build and revision (-1 where undefined).</summary>
internal sealed class VersionMarshaller : IProcessMarshaller<Version?>
{
    internal static readonly VersionMarshaller Instance = new();

    public void Write(MarshalWriter writer, Version? value)
    {
        writer.WriteUnmanaged(value is not null);
        if (value is not null)
        {
            writer.WriteUnmanaged(value.Major);
            writer.WriteUnmanaged(value.Minor);
            writer.WriteUnmanaged(value.Build);
            writer.WriteUnmanaged(value.Revision);
        }
    }

    public Version? Read(ref MarshalReader reader)
    {
        if (!reader.ReadBoolean())
        {
            return null;
        }

        int major = reader.ReadUnmanaged<int>();
        int minor = reader.ReadUnmanaged<int>();
        int build = reader.ReadUnmanaged<int>();
        int revision = reader.ReadUnmanaged<int>();
        if (major < 0 || minor < 0 || build < -1 || revision < -1 || (build == -1 && revision != -1))
        {
            throw new MarshalException($"Malformed data: {major}.{minor}.{build}.{revision} is not a version.");
        }

        return build < 0 ? new Version(major, minor) : revision < 0 ? new Version(major, minor, build) : new Version(major, minor, build, revision);
    }
}
