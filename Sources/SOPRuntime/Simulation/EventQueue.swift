/// What happens next in a replication: a case arrives (`subject` < 0), or the case in slot
/// `subject` finishes its step. 24 bytes, no references.
struct PendingEvent {
    /// Wall-clock minutes since 1970 (`CivilDateTime.minutes`).
    var time: Double
    /// The order events were scheduled in: among events at the same moment, the earlier
    /// scheduled goes first, so fixed durations keep first-come-first-served.
    var sequence: UInt64
    var subject: Int32

    @inline(__always)
    func precedes(_ other: PendingEvent) -> Bool {
        time < other.time || (time == other.time && sequence < other.sequence)
    }
}

/// Growable raw storage for the event loop: a buffer of plain values, so that reading and
/// writing cost no reference counting and no uniqueness checks (the price of an Array inside
/// a struct mutated in a loop).
///
/// It owns its memory and frees it when it goes; it cannot be copied, since a copy would free
/// the same memory twice, and only plain values (`BitwiseCopyable`) go in, which need no
/// deinitializing. An index is checked in debug builds; release builds trust the event loop.
struct RawStorage<Element: BitwiseCopyable>: ~Copyable {
    private(set) var base: UnsafeMutablePointer<Element>
    private(set) var capacity: Int

    init(capacity: Int) {
        self.capacity = Swift.max(capacity, 1)
        base = UnsafeMutablePointer<Element>.allocate(capacity: self.capacity)
    }

    init(copying values: [Element]) {
        self.init(capacity: values.count)
        values.withUnsafeBufferPointer { source in
            if let start = source.baseAddress { base.initialize(from: start, count: source.count) }
        }
    }

    init(repeating value: Element, count: Int) {
        self.init(capacity: count)
        base.initialize(repeating: value, count: capacity)
    }

    deinit {
        base.deallocate()
    }

    subscript(index: Int) -> Element {
        @inline(__always) get {
            assert(index >= 0 && index < capacity, "index \(index) outside a buffer of \(capacity)")
            return base[index]
        }
        @inline(__always) nonmutating set {
            assert(index >= 0 && index < capacity, "index \(index) outside a buffer of \(capacity)")
            base[index] = newValue
        }
    }

    /// The element at `index` in place, for a loop that changes several of its fields.
    @inline(__always)
    func pointer(to index: Int) -> UnsafeMutablePointer<Element> {
        assert(index >= 0 && index < capacity, "index \(index) outside a buffer of \(capacity)")
        return base + index
    }

    /// The first `count` elements, as an array.
    func array(_ count: Int) -> [Element] {
        assert(count >= 0 && count <= capacity)
        return Array(UnsafeBufferPointer(start: base, count: count))
    }

    /// Doubles the capacity, keeping the first `used` elements.
    mutating func grow(keeping used: Int) {
        let larger = UnsafeMutablePointer<Element>.allocate(capacity: capacity * 2)
        larger.moveInitialize(from: base, count: used)
        base.deallocate()
        base = larger
        capacity *= 2
    }
}

/// A binary min-heap of pending events. Its size is the number of cases at work plus one
/// arrival, never the number of cases simulated.
struct EventHeap: ~Copyable {
    private var storage = RawStorage<PendingEvent>(capacity: 64)
    private var count = 0
    private var scheduled: UInt64 = 0

    @inline(__always)
    mutating func push(time: Double, subject: Int32) {
        scheduled &+= 1
        let event = PendingEvent(time: time, sequence: scheduled, subject: subject)
        if count == storage.capacity { storage.grow(keeping: count) }
        let heap = storage.base
        var child = count
        count += 1
        while child > 0 {
            let parent = (child - 1) >> 1
            guard event.precedes(heap[parent]) else { break }
            heap[child] = heap[parent]
            child = parent
        }
        heap[child] = event
    }

    @inline(__always)
    mutating func pop() -> PendingEvent? {
        guard count > 0 else { return nil }
        let heap = storage.base
        let first = heap[0]
        count -= 1
        guard count > 0 else { return first }
        let last = heap[count]
        var parent = 0
        while true {
            var child = 2 * parent + 1
            if child >= count { break }
            if child + 1 < count, heap[child + 1].precedes(heap[child]) { child += 1 }
            guard heap[child].precedes(last) else { break }
            heap[parent] = heap[child]
            parent = child
        }
        heap[parent] = last
        return first
    }
}

/// A first-in-first-out queue of case slots waiting for a member of one role, as a ring
/// buffer that doubles when full: it grows with the longest queue, not with the cases.
///
/// A plain value so that the queues of a replication sit side by side in one `RawStorage`;
/// its ring belongs to the `SlotQueues` that holds it, which frees it, and it is changed only
/// in place there (`SlotQueues.queue(_:)`), never through a copy.
struct SlotQueue: BitwiseCopyable {
    private var ring: UnsafeMutablePointer<Int32>
    private var capacity = 16
    private var head = 0
    private(set) var count = 0

    fileprivate init() {
        ring = UnsafeMutablePointer<Int32>.allocate(capacity: capacity)
    }

    @inline(__always)
    mutating func push(_ slot: Int32) {
        if count == capacity { grow() }
        var tail = head + count
        if tail >= capacity { tail -= capacity }
        ring[tail] = slot
        count += 1
    }

    @inline(__always)
    mutating func pop() -> Int32? {
        guard count > 0 else { return nil }
        let slot = ring[head]
        head += 1
        if head == capacity { head = 0 }
        count -= 1
        return slot
    }

    /// Unrolls the ring into a buffer twice the size.
    private mutating func grow() {
        let larger = UnsafeMutablePointer<Int32>.allocate(capacity: capacity * 2)
        for offset in 0..<count {
            var index = head + offset
            if index >= capacity { index -= capacity }
            (larger + offset).initialize(to: ring[index])
        }
        ring.deallocate()
        ring = larger
        capacity *= 2
        head = 0
    }

    fileprivate func deallocate() {
        ring.deallocate()
    }
}

/// The queues of a replication, one per role and priority level, owning their rings.
struct SlotQueues: ~Copyable {
    private let queues: RawStorage<SlotQueue>
    private let count: Int

    init(count: Int) {
        self.count = count
        queues = RawStorage(copying: (0..<count).map { _ in SlotQueue() })
    }

    deinit {
        for index in 0..<count { queues[index].deallocate() }
    }

    /// Queue `index`, in place.
    @inline(__always)
    func queue(_ index: Int) -> UnsafeMutablePointer<SlotQueue> {
        queues.pointer(to: index)
    }
}
