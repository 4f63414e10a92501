"""The graph runner that serves predictions: Rasa's nodes, run one after the other in plain Python.

Rasa runs the prediction graph (the NLU pipeline, then each policy prediction) through dask on
every call: `DaskGraphRunner.run` builds a dask graph, and dask's scheduler walks it. The graph
here is a short chain with no parallel work, and a turn runs it two to three times, so that walk
is about a fifth of a turn's time (`python -m bench.profile_turn`: 3.4 ms a turn against 4.4 on
dask, bench/README.md). `SequentialGraphRunner` runs the same `GraphNode`s
in an order worked out once per set of targets, with each node given what dask would give it: the
outputs of the nodes it needs, each as `(name, output)`, or the bare name of one that is not in
the graph. What each node computes, its hooks and its errors are Rasa's own.

Serving only: training keeps Rasa's runner. `server.rasa_internals.use_graph_runner` puts it in
place; tests/test_graph_runner.py checks that it predicts what Rasa's runner predicts.
"""

from __future__ import annotations

from typing import Any, Dict, List, Tuple

from rasa.engine.exceptions import GraphRunError
from rasa.engine.runner.dask import DaskGraphRunner


class SequentialGraphRunner(DaskGraphRunner):
    """`DaskGraphRunner` with `run` done without dask (same nodes, same inputs, same results)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._orders: Dict[Tuple[str, ...], List[Tuple[str, Tuple[str, ...]]]] = {}

    def run(self, inputs: Dict[str, Any] | None = None, targets: List[str] | None = None) -> Dict[str, Any]:
        """Runs the graph (see `GraphRunner.run`)."""
        run_targets = tuple(targets if targets else self._graph_schema.target_names)
        order = self._orders.get(run_targets)
        if order is None:
            order = self._orders[run_targets] = self._order(run_targets)
        outputs: Dict[str, Any] = {name: (name, value) for name, value in (inputs or {}).items()}
        try:
            for name, needs in order:
                if name not in outputs:  # an input named as a node stands in for it, as in dask's graph
                    outputs[name] = self._instantiated_nodes[name](*(outputs.get(need, need) for need in needs))
        except RuntimeError as e:
            raise GraphRunError("Error running runner.") from e
        return dict(outputs[target] for target in run_targets)

    def _order(self, targets: Tuple[str, ...]) -> List[Tuple[str, Tuple[str, ...]]]:
        """The nodes `targets` need, each after the nodes it needs, with the names it needs."""
        schema = self._graph_schema.minimal_graph_schema(list(targets))
        order: List[Tuple[str, Tuple[str, ...]]] = []
        placed: set = set()

        def place(name: str, path: Tuple[str, ...]) -> None:
            if name in placed or name not in schema.nodes:
                return
            if name in path:
                raise GraphRunError(f"The graph schema has a cycle through '{name}'.")
            needs = tuple(schema.nodes[name].needs.values())
            for need in needs:
                place(need, path + (name,))
            placed.add(name)
            order.append((name, needs))

        for target in targets:
            place(target, ())
        return order
