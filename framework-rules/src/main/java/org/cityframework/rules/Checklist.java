package org.cityframework.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.cityframework.core.Element;
import org.cityframework.core.GovernanceLayer;
import org.cityframework.core.InnovationComponent;
import org.cityframework.core.ValueCycleStage;

/**
 * Where the built-in checks are declared: each recommendation's class adds its checks here, with
 * their metadata beside their logic; the words come from {@link CheckTexts}.
 */
final class Checklist {
  private final CheckTexts texts;
  private final List<Check> checks = new ArrayList<>();

  Checklist(CheckTexts texts) {
    this.texts = texts;
  }

  Draft check(String id) {
    return new Draft(id);
  }

  List<Check> checks() {
    return List.copyOf(checks);
  }

  /** A built-in check being declared. */
  final class Draft {
    private final CheckInfo.Builder info;
    private final String id;

    private Draft(String id) {
      this.id = id;
      this.info =
          CheckInfo.builder()
              .id(id)
              .recommendation(Integer.parseInt(id.substring(1, id.indexOf('.'))))
              .summary(texts.summary(id))
              .why(texts.why(id))
              .rule(texts.rule(id))
              .actions(texts.actions(id))
              .actionsDoneWhen(texts.actionsDoneWhen(id));
    }

    Draft seedLines(Integer... lines) {
      info.seedLines(Arrays.asList(lines));
      return this;
    }

    Draft element(Element element) {
      info.element(element);
      return this;
    }

    Draft component(InnovationComponent component) {
      info.component(component);
      return this;
    }

    Draft layer(GovernanceLayer layer) {
      info.layer(layer);
      return this;
    }

    Draft stages(ValueCycleStage... stages) {
      info.addStages(stages);
      return this;
    }

    Draft effort(Effort effort) {
      info.effort(effort);
      return this;
    }

    Draft weight(int weight) {
      info.weight(weight);
      return this;
    }

    Draft related(String... ids) {
      info.addRelated(ids);
      return this;
    }

    Draft prerequisites(String... ids) {
      info.addPrerequisites(ids);
      return this;
    }

    /** Finishes the declaration with the rule that decides the status. */
    void decidedBy(Function<Facts, Verdict> rule) {
      checks.add(new BuiltInCheck(info.build(), rule));
    }

    @Override
    public String toString() {
      return id;
    }
  }

  /** A check declared in this catalogue. */
  private record BuiltInCheck(CheckInfo info, Function<Facts, Verdict> rule) implements Check {
    @Override
    public Verdict evaluate(Facts facts) {
      return rule.apply(facts);
    }
  }
}
