namespace Multiprocessing.Marshalling;

/// <summary>Marshals a value tuple of 1 element: the elements one after the other.</summary>
/// <typeparam name="T1">Element 1.</typeparam>
internal sealed class ValueTupleMarshaller<T1> : IProcessMarshaller<ValueTuple<T1>>
{
    /// <inheritdoc />
    public void Write(MarshalWriter writer, ValueTuple<T1> value)
    {
        writer.EnterNested();
        Marshaller<T1>.Default.Write(writer, value.Item1);
        writer.ExitNested();
    }

    /// <inheritdoc />
    public ValueTuple<T1> Read(ref MarshalReader reader)
    {
        reader.EnterNested();
        var item1 = Marshaller<T1>.Default.Read(ref reader);
        reader.ExitNested();
        return new ValueTuple<T1>(item1);
    }
}

/// <summary>Marshals a value tuple of 2 elements: the elements one after the other.</summary>
/// <typeparam name="T1">Element 1.</typeparam>
/// <typeparam name="T2">Element 2.</typeparam>
internal sealed class ValueTupleMarshaller<T1, T2> : IProcessMarshaller<ValueTuple<T1, T2>>
{
    /// <inheritdoc />
    public void Write(MarshalWriter writer, ValueTuple<T1, T2> value)
    {
        writer.EnterNested();
        Marshaller<T1>.Default.Write(writer, value.Item1);
        Marshaller<T2>.Default.Write(writer, value.Item2);
        writer.ExitNested();
    }

    /// <inheritdoc />
    public ValueTuple<T1, T2> Read(ref MarshalReader reader)
    {
        reader.EnterNested();
        var item1 = Marshaller<T1>.Default.Read(ref reader);
        var item2 = Marshaller<T2>.Default.Read(ref reader);
        reader.ExitNested();
        return new ValueTuple<T1, T2>(item1, item2);
    }
}

/// <summary>Marshals a value tuple of 3 elements: the elements one after the other.</summary>
/// <typeparam name="T1">Element 1.</typeparam>
/// <typeparam name="T2">Element 2.</typeparam>
/// <typeparam name="T3">Element 3.</typeparam>
internal sealed class ValueTupleMarshaller<T1, T2, T3> : IProcessMarshaller<ValueTuple<T1, T2, T3>>
{
    /// <inheritdoc />
    public void Write(MarshalWriter writer, ValueTuple<T1, T2, T3> value)
    {
        writer.EnterNested();
        Marshaller<T1>.Default.Write(writer, value.Item1);
        Marshaller<T2>.Default.Write(writer, value.Item2);
        Marshaller<T3>.Default.Write(writer, value.Item3);
        writer.ExitNested();
    }

    /// <inheritdoc />
    public ValueTuple<T1, T2, T3> Read(ref MarshalReader reader)
    {
        reader.EnterNested();
        var item1 = Marshaller<T1>.Default.Read(ref reader);
        var item2 = Marshaller<T2>.Default.Read(ref reader);
        var item3 = Marshaller<T3>.Default.Read(ref reader);
        reader.ExitNested();
        return new ValueTuple<T1, T2, T3>(item1, item2, item3);
    }
}

/// <summary>Marshals a value tuple of 4 elements: the elements one after the other.</summary>
/// <typeparam name="T1">Element 1.</typeparam>
/// <typeparam name="T2">Element 2.</typeparam>
/// <typeparam name="T3">Element 3.</typeparam>
/// <typeparam name="T4">Element 4.</typeparam>
internal sealed class ValueTupleMarshaller<T1, T2, T3, T4> : IProcessMarshaller<ValueTuple<T1, T2, T3, T4>>
{
    /// <inheritdoc />
    public void Write(MarshalWriter writer, ValueTuple<T1, T2, T3, T4> value)
    {
        writer.EnterNested();
        Marshaller<T1>.Default.Write(writer, value.Item1);
        Marshaller<T2>.Default.Write(writer, value.Item2);
        Marshaller<T3>.Default.Write(writer, value.Item3);
        Marshaller<T4>.Default.Write(writer, value.Item4);
        writer.ExitNested();
    }

    /// <inheritdoc />
    public ValueTuple<T1, T2, T3, T4> Read(ref MarshalReader reader)
    {
        reader.EnterNested();
        var item1 = Marshaller<T1>.Default.Read(ref reader);
        var item2 = Marshaller<T2>.Default.Read(ref reader);
        var item3 = Marshaller<T3>.Default.Read(ref reader);
        var item4 = Marshaller<T4>.Default.Read(ref reader);
        reader.ExitNested();
        return new ValueTuple<T1, T2, T3, T4>(item1, item2, item3, item4);
    }
}

/// <summary>Marshals a value tuple of 5 elements: the elements one after the other.</summary>
/// <typeparam name="T1">Element 1.</typeparam>
/// <typeparam name="T2">Element 2.</typeparam>
/// <typeparam name="T3">Element 3.</typeparam>
/// <typeparam name="T4">Element 4.</typeparam>
/// <typeparam name="T5">Element 5.</typeparam>
internal sealed class ValueTupleMarshaller<T1, T2, T3, T4, T5> : IProcessMarshaller<ValueTuple<T1, T2, T3, T4, T5>>
{
    /// <inheritdoc />
    public void Write(MarshalWriter writer, ValueTuple<T1, T2, T3, T4, T5> value)
    {
        writer.EnterNested();
        Marshaller<T1>.Default.Write(writer, value.Item1);
        Marshaller<T2>.Default.Write(writer, value.Item2);
        Marshaller<T3>.Default.Write(writer, value.Item3);
        Marshaller<T4>.Default.Write(writer, value.Item4);
        Marshaller<T5>.Default.Write(writer, value.Item5);
        writer.ExitNested();
    }

    /// <inheritdoc />
    public ValueTuple<T1, T2, T3, T4, T5> Read(ref MarshalReader reader)
    {
        reader.EnterNested();
        var item1 = Marshaller<T1>.Default.Read(ref reader);
        var item2 = Marshaller<T2>.Default.Read(ref reader);
        var item3 = Marshaller<T3>.Default.Read(ref reader);
        var item4 = Marshaller<T4>.Default.Read(ref reader);
        var item5 = Marshaller<T5>.Default.Read(ref reader);
        reader.ExitNested();
        return new ValueTuple<T1, T2, T3, T4, T5>(item1, item2, item3, item4, item5);
    }
}

/// <summary>Marshals a value tuple of 6 elements: the elements one after the other.</summary>
/// <typeparam name="T1">Element 1.</typeparam>
/// <typeparam name="T2">Element 2.</typeparam>
/// <typeparam name="T3">Element 3.</typeparam>
/// <typeparam name="T4">Element 4.</typeparam>
/// <typeparam name="T5">Element 5.</typeparam>
/// <typeparam name="T6">Element 6.</typeparam>
internal sealed class ValueTupleMarshaller<T1, T2, T3, T4, T5, T6> : IProcessMarshaller<ValueTuple<T1, T2, T3, T4, T5, T6>>
{
    /// <inheritdoc />
    public void Write(MarshalWriter writer, ValueTuple<T1, T2, T3, T4, T5, T6> value)
    {
        writer.EnterNested();
        Marshaller<T1>.Default.Write(writer, value.Item1);
        Marshaller<T2>.Default.Write(writer, value.Item2);
        Marshaller<T3>.Default.Write(writer, value.Item3);
        Marshaller<T4>.Default.Write(writer, value.Item4);
        Marshaller<T5>.Default.Write(writer, value.Item5);
        Marshaller<T6>.Default.Write(writer, value.Item6);
        writer.ExitNested();
    }

    /// <inheritdoc />
    public ValueTuple<T1, T2, T3, T4, T5, T6> Read(ref MarshalReader reader)
    {
        reader.EnterNested();
        var item1 = Marshaller<T1>.Default.Read(ref reader);
        var item2 = Marshaller<T2>.Default.Read(ref reader);
        var item3 = Marshaller<T3>.Default.Read(ref reader);
        var item4 = Marshaller<T4>.Default.Read(ref reader);
        var item5 = Marshaller<T5>.Default.Read(ref reader);
        var item6 = Marshaller<T6>.Default.Read(ref reader);
        reader.ExitNested();
        return new ValueTuple<T1, T2, T3, T4, T5, T6>(item1, item2, item3, item4, item5, item6);
    }
}

/// <summary>Marshals a value tuple of 7 elements: the elements one after the other.</summary>
/// <typeparam name="T1">Element 1.</typeparam>
/// <typeparam name="T2">Element 2.</typeparam>
/// <typeparam name="T3">Element 3.</typeparam>
/// <typeparam name="T4">Element 4.</typeparam>
/// <typeparam name="T5">Element 5.</typeparam>
/// <typeparam name="T6">Element 6.</typeparam>
/// <typeparam name="T7">Element 7.</typeparam>
internal sealed class ValueTupleMarshaller<T1, T2, T3, T4, T5, T6, T7> : IProcessMarshaller<ValueTuple<T1, T2, T3, T4, T5, T6, T7>>
{
    /// <inheritdoc />
    public void Write(MarshalWriter writer, ValueTuple<T1, T2, T3, T4, T5, T6, T7> value)
    {
        writer.EnterNested();
        Marshaller<T1>.Default.Write(writer, value.Item1);
        Marshaller<T2>.Default.Write(writer, value.Item2);
        Marshaller<T3>.Default.Write(writer, value.Item3);
        Marshaller<T4>.Default.Write(writer, value.Item4);
        Marshaller<T5>.Default.Write(writer, value.Item5);
        Marshaller<T6>.Default.Write(writer, value.Item6);
        Marshaller<T7>.Default.Write(writer, value.Item7);
        writer.ExitNested();
    }

    /// <inheritdoc />
    public ValueTuple<T1, T2, T3, T4, T5, T6, T7> Read(ref MarshalReader reader)
    {
        reader.EnterNested();
        var item1 = Marshaller<T1>.Default.Read(ref reader);
        var item2 = Marshaller<T2>.Default.Read(ref reader);
        var item3 = Marshaller<T3>.Default.Read(ref reader);
        var item4 = Marshaller<T4>.Default.Read(ref reader);
        var item5 = Marshaller<T5>.Default.Read(ref reader);
        var item6 = Marshaller<T6>.Default.Read(ref reader);
        var item7 = Marshaller<T7>.Default.Read(ref reader);
        reader.ExitNested();
        return new ValueTuple<T1, T2, T3, T4, T5, T6, T7>(item1, item2, item3, item4, item5, item6, item7);
    }
}
