#!/usr/bin/env python3
"""A plain discrete-event simulation of the benchmark model (issue 6, appendix;
examples/bench-seed.yaml with bench-seed.scenario.yaml), written the straightforward way with
heapq, for scripts/bench-simulation to compare speeds and to cross-check the mean lead time.

Same rules as sopsh's engine: Poisson arrivals every 40 h, exponential step times with the
standard time as mean, one first-come-first-served queue per role, decisions by probability,
round the clock.

    python3 scripts/bench/simulation_baseline.py [CASES] [SEED]
"""
import heapq
import math
import random
import sys
import time

# step: (role, mean hours, answers) where answers is None for a process step (next is the
# following entry) or a list of (probability, next step or None for the end).
STEPS = {
    1: ("kepala", 1, None), 2: ("tim", 8, None),
    3: ("kepala", 1, [(0.7, 5), (0.3, 2)]),
    5: ("kepala", 8, None),
    6: ("atasan", 1, [(0.8, 7), (0.2, 2)]),
    7: ("atasan", 1, None), 8: ("sekretariat", 1, None), 9: ("tim", 8, None), 10: ("tim", 8, None),
    11: ("kepala", 1, [(0.25, 10), (0.75, 12)]),
    12: ("atasan", 1, None),
}
ORDER = [1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12]
FOLLOWING = {step: (ORDER[i + 1] if i + 1 < len(ORDER) else None) for i, step in enumerate(ORDER)}
STAFF = {"kepala": 1, "atasan": 1, "sekretariat": 2, "tim": 3}
MEAN_INTERVAL = 40.0


def simulate(cases, seed):
    rng = random.Random(seed)
    free = dict(STAFF)
    queues = {role: [] for role in STAFF}
    queue_heads = {role: 0 for role in STAFF}
    events = []  # (time, sequence, kind, case)
    sequence = 0
    arrival_time = {}
    position = {}
    arrived = finished = processed = 0
    lead_total = 0.0

    def schedule(at, kind, case):
        nonlocal sequence
        sequence += 1
        heapq.heappush(events, (at, sequence, kind, case))

    def start(case, now):
        role, mean, _ = STEPS[position[case]]
        if free[role] > 0:
            free[role] -= 1
            schedule(now + rng.expovariate(1.0 / mean), 1, case)
        else:
            queues[role].append(case)

    schedule(rng.expovariate(1.0 / MEAN_INTERVAL), 0, 0)
    while events:
        now, _, kind, case = heapq.heappop(events)
        processed += 1
        if kind == 0:
            arrived += 1
            case = arrived
            arrival_time[case] = now
            position[case] = 1
            start(case, now)
            if arrived < cases:
                schedule(now + rng.expovariate(1.0 / MEAN_INTERVAL), 0, 0)
            continue
        step = position[case]
        role, _, answers = STEPS[step]
        queue = queues[role]
        if queue_heads[role] < len(queue):
            waiting = queue[queue_heads[role]]
            queue_heads[role] += 1
            if queue_heads[role] > 1024:
                del queue[:queue_heads[role]]
                queue_heads[role] = 0
            schedule(now + rng.expovariate(1.0 / STEPS[position[waiting]][1]), 1, waiting)
        else:
            free[role] += 1
        if answers is None:
            following = FOLLOWING[step]
        else:
            u = rng.random()
            for probability, following in answers:
                if u < probability:
                    break
                u -= probability
        if following is None:
            finished += 1
            lead_total += now - arrival_time.pop(case)
            del position[case]
        else:
            position[case] = following
            start(case, now)
    return finished, processed, lead_total / max(finished, 1)


def main():
    cases = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 2026
    began = time.perf_counter()
    finished, processed, mean_lead = simulate(cases, seed)
    seconds = time.perf_counter() - began
    print(f"python cases {finished} in {seconds:.3f} s: {finished / seconds:.0f} cases/s, "
          f"{processed / seconds:.0f} events/s; mean lead time {mean_lead:.2f} h")


if __name__ == "__main__":
    main()
