package io.modelcards.render.jinja.internal.eval;

import io.modelcards.render.jinja.internal.lib.Globals;
import io.modelcards.render.jinja.internal.py.PyRange;
import io.modelcards.render.jinja.internal.py.TemplateError;
import java.util.ArrayList;
import java.util.List;

/** The left side of an assignment or a for loop: a name, a tuple of targets, or a namespace attribute. */
public sealed interface Target {
    void assign(RenderState in, Frame f, Object value);

    /** A plain name. */
    public record Name(String name) implements Target {
        @Override
        public void assign(RenderState in, Frame f, Object value) {
            f.set(name, value);
        }
    }

    record Unpack(List<Target> parts) implements Target {
        @Override
        public void assign(RenderState in, Frame f, Object value) {
            Object v = in.use(value);
            if (v instanceof List<?> l && !(v instanceof PyRange)) {
                if (l.size() != parts.size()) {
                    throw new TemplateError("template/runtime", (l.size() > parts.size() ? "too many values to unpack"
                            + " (expected " + parts.size() + ")" : "not enough values to unpack (expected " + parts.size()
                            + ", got " + l.size() + ")"));
                }
                for (int i = 0; i < parts.size(); i++) {
                    parts.get(i).assign(in, f, l.get(i));
                }
                return;
            }
            List<Object> items = new ArrayList<>(parts.size() + 1);
            for (Object item : in.each(v)) {
                items.add(item);
                if (items.size() > parts.size()) {
                    throw new TemplateError("template/runtime", "too many values to unpack (expected " + parts.size() + ")");
                }
            }
            if (items.size() < parts.size()) {
                throw new TemplateError("template/runtime", "not enough values to unpack (expected " + parts.size()
                        + ", got " + items.size() + ")");
            }
            for (int i = 0; i < parts.size(); i++) {
                parts.get(i).assign(in, f, items.get(i));
            }
        }
    }

    record NsAttr(String name, String attr) implements Target {
        @Override
        public void assign(RenderState in, Frame f, Object value) {
            Object ns = f.lookup(name);
            if (!(ns instanceof Globals.Namespace n)) {
                throw new TemplateError("template/runtime", "cannot assign attribute on non-namespace object '" + name
                        + "'; create it with namespace()");
            }
            n.set(attr, value);
        }
    }
}
