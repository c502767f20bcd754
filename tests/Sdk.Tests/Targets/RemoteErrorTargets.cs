namespace Multiprocessing.Tests.Targets;

/// <summary>Targets that throw exception chains, for the error reports (issue #15).</summary>
public static class RemoteErrorTargets
{
    /// <summary>Kind 0: InvalidDataException wrapping IOException; 1: FileNotFoundException; 2: an AggregateException of two; 3: a chain deeper than the report carries; any other: returns it.</summary>
    [ProcessTarget]
    public static int Throw(int kind) => kind switch
    {
        0 => throw Wrapped(),
        1 => throw new FileNotFoundException("no such file", "missing.txt"),
        2 => throw new AggregateException("two failed", new ArgumentOutOfRangeException("index", "index 7 is out of range"), new KeyNotFoundException("key 'a'")),
        3 => throw Deep(40),
        _ => kind,
    };

    private static InvalidDataException Wrapped()
    {
        var error = new InvalidDataException("the header is corrupt", new IOException("the disk read failed"));
        error.Data["offset"] = 128L;
        error.Data["file"] = "data.bin";
        error.Data["ignored"] = new object(); // not a simple value: not sent
        return error;
    }

    private static Exception Deep(int levels)
    {
        Exception error = new TimeoutException("level 0");
        for (int i = 1; i < levels; i++)
        {
            error = new InvalidOperationException($"level {i}", error);
        }

        return error;
    }
}
