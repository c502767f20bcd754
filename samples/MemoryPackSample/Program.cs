// Python: pickle carries whatever object you pass. Here the types that travel are known at compile time; a type your
// app already serializes with MemoryPack ([MemoryPackable]) travels as it is, in MemoryPack's format:
//   p = Process(target=ship, args=(order,)); with Pool(2) as pool: pool.map(total, orders)
using Multiprocessing;

Multiprocess.MainGuard(); // children start here and run their target

Console.WriteLine($"parent: pid {Environment.ProcessId}");
var order = new Order
{
    Id = 1,
    Customer = "Ann",
    Lines = [new OrderLine("tea", 2, 3.50m), new OrderLine("cake", 1, 4.00m)],
    Codes = new() { ["tea"] = [101, 102] },
    Discount = 10,
};

// One child: the argument and the typed result travel with the marshaller the generator emitted for Order, which
// calls MemoryPack on Order itself.
var p = ChildProcess.Create(Shop.Ship, order);
p.Start();
p.Join();
var shipped = p.Result;
Console.WriteLine($"order {shipped.Id} for {shipped.Customer}: {shipped.State} by pid {shipped.ShippedBy} " +
    $"(child {p.Pid}), {shipped.Lines.Count} lines, codes {string.Join(",", shipped.Codes["tea"])}, exit code {p.ExitCode}");

// A pool maps over a list of them.
using var pool = new ProcessPool(2);
var orders = Enumerable.Range(1, 4).Select(i => order with { Id = i, Discount = i % 2 == 0 ? null : 10 }).ToList();
decimal[] totals = pool.Map(Shop.Total, orders);
Console.WriteLine($"totals: {string.Join(" ", totals.Select(t => t.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)))}");
