// Each integration test starts its own emulators and host; running them one at a time keeps the 2-core machine responsive.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
