namespace LangSon.Notify.Core.Channels;

/// <summary>
/// The point of no return of one send. A sender enters it just before the provider can accept the message (SMTP: the
/// message data is written but not its final dot; HTTP: before the request), and the dispatcher leaves it once the
/// answer is in the send journal. A crash while it is held may repeat that send, so bounding how many are held bounds
/// the duplicates one crash can cause, while composing, connecting and transferring still run in parallel.
/// </summary>
public sealed class SendCommit : IDisposable
{
    private const int Idle = 0, Waiting = 1, Holding = 2, Left = 3;
    private readonly SemaphoreSlim? _slots;
    private int _state;

    internal SendCommit(SemaphoreSlim? slots) => _slots = slots;

    /// <summary>No bound: entering never waits.</summary>
    public static SendCommit None { get; } = new(null);

    /// <summary>Waits for a slot; entering again while held does nothing.</summary>
    public async ValueTask EnterAsync(CancellationToken cancellationToken)
    {
        if (!StartWaiting())
        {
            return;
        }

        try
        {
            await _slots!.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            Interlocked.CompareExchange(ref _state, Idle, Waiting);
            throw;
        }

        Hold();
    }

    /// <summary>The synchronous form, for MIME writers called without async.</summary>
    public void Enter(CancellationToken cancellationToken)
    {
        if (!StartWaiting())
        {
            return;
        }

        try
        {
            _slots!.Wait(cancellationToken);
        }
        catch
        {
            Interlocked.CompareExchange(ref _state, Idle, Waiting);
            throw;
        }

        Hold();
    }

    /// <summary>Leaves the slot if it is held; the dispatcher calls this once the outcome is journaled.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _state, Left) == Holding)
        {
            _slots!.Release();
        }
    }

    private bool StartWaiting() => _slots is not null && Interlocked.CompareExchange(ref _state, Waiting, Idle) == Idle;

    private void Hold()
    {
        // Left while waiting: give the slot straight back.
        if (Interlocked.CompareExchange(ref _state, Holding, Waiting) != Waiting)
        {
            _slots!.Release();
        }
    }
}
