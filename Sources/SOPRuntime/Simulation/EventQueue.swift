/// What happens next in a replication: a case arrives (`subject` < 0), or the case in slot
/// `subject` finishes its step. 24 bytes, no references: the heap is one flat array.
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

/// A binary min-heap of pending events. Its size is the number of cases at work plus one
/// arrival, never the number of cases simulated.
struct EventHeap {
    private var items: [PendingEvent] = []
    private var scheduled: UInt64 = 0

    init(capacity: Int) {
        items.reserveCapacity(capacity)
    }

    var isEmpty: Bool { items.isEmpty }

    @inline(__always)
    mutating func push(time: Double, subject: Int32) {
        scheduled &+= 1
        let event = PendingEvent(time: time, sequence: scheduled, subject: subject)
        items.append(event)
        items.withUnsafeMutableBufferPointer { heap in
            var child = heap.count - 1
            while child > 0 {
                let parent = (child - 1) >> 1
                guard event.precedes(heap[parent]) else { break }
                heap[child] = heap[parent]
                child = parent
            }
            heap[child] = event
        }
    }

    @inline(__always)
    mutating func pop() -> PendingEvent? {
        guard let last = items.popLast() else { return nil }
        guard !items.isEmpty else { return last }
        return items.withUnsafeMutableBufferPointer { heap in
            let first = heap[0]
            let count = heap.count
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
}

/// A first-in-first-out queue of case slots waiting for a member of one role, as a ring
/// buffer that doubles when full: it grows with the longest queue, not with the cases.
struct SlotQueue {
    private var storage: [Int32]
    private var head = 0
    private(set) var count = 0

    init() {
        storage = [Int32](repeating: 0, count: 16)
    }

    @inline(__always)
    mutating func push(_ slot: Int32) {
        if count == storage.count { grow() }
        var tail = head + count
        if tail >= storage.count { tail -= storage.count }
        storage[tail] = slot
        count += 1
    }

    @inline(__always)
    mutating func pop() -> Int32? {
        guard count > 0 else { return nil }
        let slot = storage[head]
        head += 1
        if head == storage.count { head = 0 }
        count -= 1
        return slot
    }

    private mutating func grow() {
        var larger = [Int32](repeating: 0, count: storage.count * 2)
        for offset in 0..<count {
            larger[offset] = storage[(head + offset) % storage.count]
        }
        storage = larger
        head = 0
    }
}
