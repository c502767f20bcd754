// A remote manager: a job queue and a result dictionary served over TCP with an authkey, used by worker programs
// started independently (Python's "Using a remote manager" in the multiprocessing docs).
// Python:
//   # server.py
//   class QueueManager(BaseManager): pass
//   QueueManager.register('get_queue', callable=lambda: queue)
//   m = QueueManager(address=('', 50000), authkey=b'abracadabra'); m.get_server().serve_forever()
//   # client.py
//   QueueManager.register('get_queue')
//   m = QueueManager(address=('127.0.0.1', 50000), authkey=b'abracadabra'); m.connect()
//   m.get_queue().put('hello')
//
//   dotnet run --project samples/RemoteManager                 starts a server and two workers, as three programs
//   dotnet run --project samples/RemoteManager -- server 50000 serves 20 jobs on 127.0.0.1:50000 for 2 workers
//   dotnet run --project samples/RemoteManager -- worker 127.0.0.1:50000 worker-a
using Multiprocessing;
using Samples.RemoteManager;

Multiprocess.MainGuard(); // no child is spawned here, but the guard costs nothing and keeps the habit

byte[] authKey = "abracadabra"u8.ToArray(); // both programs must know it; a wrong one is refused
return args.FirstOrDefault() switch
{
    "server" => Server.Run(args.Length > 1 ? int.Parse(args[1]) : 50000, args.Length > 2 ? int.Parse(args[2]) : 2, authKey),
    "worker" when args.Length > 1 => Worker.Run(args[1], args.Length > 2 ? args[2] : "worker", authKey),
    null => Launcher.Run(),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: RemoteManager [server [port] [workers] | worker host:port [name]]");
    return 2;
}
