package io.modelcards.render.jinja.internal.syntax;

import io.modelcards.render.jinja.internal.eval.Expr;
import io.modelcards.render.jinja.internal.eval.Target;
import io.modelcards.render.jinja.internal.lib.FilterTable;
import io.modelcards.render.jinja.internal.lib.TestTable;
import io.modelcards.render.jinja.internal.syntax.Lexer.T;
import io.modelcards.render.jinja.internal.syntax.Lexer.Tok;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Jinja2's expression grammar, operator for operator (including its left-associative {@code **}). */
final class ExprParser {
    private static final Set<String> COMPARE = Set.of("==", "!=", "<", "<=", ">", ">=");
    private static final int MAX_DEPTH = 200;

    private final Parser p;
    private int depth;

    ExprParser(Parser p) {
        this.p = p;
    }

    Expr expression(boolean withCondexpr) {
        if (++depth > MAX_DEPTH) {
            throw p.error(p.peek(), "the expression nests deeper than " + MAX_DEPTH + " levels; simplify it");
        }
        try {
            return withCondexpr ? condexpr() : or();
        } finally {
            depth--;
        }
    }

    private Expr condexpr() {
        Expr e = or();
        while (p.peek().name("if")) {
            Tok t = p.next();
            Expr test = or();
            Expr otherwise = p.skipName("else") ? condexpr() : null;
            e = new Expr.Cond(t.line(), t.col(), test, e, otherwise);
        }
        return e;
    }

    private Expr or() {
        Expr e = and();
        while (p.peek().name("or")) {
            Tok t = p.next();
            e = new Expr.Binary(t.line(), t.col(), "or", e, and());
        }
        return e;
    }

    private Expr and() {
        Expr e = not();
        while (p.peek().name("and")) {
            Tok t = p.next();
            e = new Expr.Binary(t.line(), t.col(), "and", e, not());
        }
        return e;
    }

    private Expr not() {
        if (p.peek().name("not")) {
            Tok t = p.next();
            return new Expr.Unary(t.line(), t.col(), "not", not());
        }
        return compare();
    }

    private Expr compare() {
        Tok start = p.peek();
        Expr first = math1();
        List<String> ops = new ArrayList<>();
        List<Expr> rest = new ArrayList<>();
        while (true) {
            Tok t = p.peek();
            if (t.type() == T.OP && COMPARE.contains(t.text())) {
                p.next();
                ops.add(t.text());
            } else if (t.name("in")) {
                p.next();
                ops.add("in");
            } else if (t.name("not") && p.peekAt(1).name("in")) {
                p.next();
                p.next();
                ops.add("notin");
            } else {
                break;
            }
            rest.add(math1());
        }
        return ops.isEmpty() ? first : new Expr.Compare(start.line(), start.col(), first, ops, rest);
    }

    private Expr math1() {
        Expr e = concat();
        while (p.peek().op("+") || p.peek().op("-")) {
            Tok t = p.next();
            e = new Expr.Binary(t.line(), t.col(), t.text(), e, concat());
        }
        return e;
    }

    private Expr concat() {
        Expr e = math2();
        while (p.peek().op("~")) {
            Tok t = p.next();
            e = new Expr.Binary(t.line(), t.col(), "~", e, math2());
        }
        return e;
    }

    private Expr math2() {
        Expr e = pow();
        while (p.peek().op("*") || p.peek().op("/") || p.peek().op("//") || p.peek().op("%")) {
            Tok t = p.next();
            e = new Expr.Binary(t.line(), t.col(), t.text(), e, pow());
        }
        return e;
    }

    private Expr pow() {
        Expr e = unary(true);
        while (p.peek().op("**")) {
            Tok t = p.next();
            e = new Expr.Binary(t.line(), t.col(), "**", e, unary(true));
        }
        return e;
    }

    private Expr unary(boolean withFilter) {
        Tok t = p.peek();
        Expr e;
        if (t.op("-") || t.op("+")) {
            p.next();
            if (++depth > MAX_DEPTH) {
                throw p.error(t, "the expression nests deeper than " + MAX_DEPTH + " levels; simplify it");
            }
            try {
                e = new Expr.Unary(t.line(), t.col(), t.text(), unary(false));
            } finally {
                depth--;
            }
        } else {
            e = primary();
        }
        e = postfix(e);
        return withFilter ? filterExpr(e) : e;
    }

    Expr primary() {
        Tok t = p.next();
        switch (t.type()) {
            case NAME -> {
                switch (t.text()) {
                    case "true", "True":
                        return new Expr.Const(t.line(), t.col(), Boolean.TRUE);
                    case "false", "False":
                        return new Expr.Const(t.line(), t.col(), Boolean.FALSE);
                    case "none", "None":
                        return new Expr.Const(t.line(), t.col(), null);
                    default:
                        for (var s : p.nameScopes) {
                            s.add(t.text());
                        }
                        return new Expr.Name(t.line(), t.col(), t.text());
                }
            }
            case STRING -> {
                StringBuilder sb = new StringBuilder((String) t.value());
                while (p.peek().type() == T.STRING) {
                    sb.append((String) p.next().value());
                }
                return new Expr.Const(t.line(), t.col(), sb.toString());
            }
            case INT, FLOAT -> {
                return new Expr.Const(t.line(), t.col(), t.value());
            }
            case OP -> {
                switch (t.text()) {
                    case "(":
                        Expr e = tuple(false, true, null, true);
                        p.expectOp(")");
                        return e;
                    case "[":
                        return list(t);
                    case "{":
                        return dict(t);
                    default:
                        break;
                }
            }
            default -> { }
        }
        throw p.error(t, "unexpected " + Parser.describe(t) + "; an expression was expected here");
    }

    /** Jinja2's parse_tuple: one expression, or several separated by commas making a tuple. */
    Expr tuple(boolean simplified, boolean withCondexpr, Set<String> extraEnd, boolean explicitParens) {
        Tok start = p.peek();
        List<Expr> args = new ArrayList<>();
        boolean isTuple = false;
        while (true) {
            if (!args.isEmpty()) {
                p.expectOp(",");
            }
            if (tupleEnd(extraEnd)) {
                break;
            }
            args.add(simplified ? postfixPrimary() : expression(withCondexpr));
            if (p.peek().op(",")) {
                isTuple = true;
            } else {
                break;
            }
        }
        if (!isTuple) {
            if (!args.isEmpty()) {
                return args.get(0);
            }
            if (!explicitParens) {
                throw p.error(p.peek(), "expected an expression, got " + Parser.describe(p.peek()));
            }
        }
        return new Expr.ListLit(start.line(), start.col(), args, true);
    }

    private Expr postfixPrimary() {
        return postfix(primary());
    }

    private boolean tupleEnd(Set<String> extraEnd) {
        Tok t = p.peek();
        if (t.type() == T.VAR_END || t.type() == T.BLOCK_END || t.op(")") || t.type() == T.EOF) {
            return true;
        }
        return extraEnd != null && t.type() == T.NAME && extraEnd.contains(t.text());
    }

    private Expr list(Tok open) {
        List<Expr> items = new ArrayList<>();
        while (!p.peek().op("]")) {
            if (!items.isEmpty()) {
                p.expectOp(",");
                if (p.peek().op("]")) {
                    break;
                }
            }
            items.add(expression(true));
        }
        p.expectOp("]");
        return new Expr.ListLit(open.line(), open.col(), items, false);
    }

    private Expr dict(Tok open) {
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        while (!p.peek().op("}")) {
            if (!keys.isEmpty()) {
                p.expectOp(",");
                if (p.peek().op("}")) {
                    break;
                }
            }
            keys.add(expression(true));
            p.expectOp(":");
            values.add(expression(true));
        }
        p.expectOp("}");
        return new Expr.DictLit(open.line(), open.col(), keys, values);
    }

    private Expr postfix(Expr e) {
        while (true) {
            Tok t = p.peek();
            if (t.op(".") || t.op("[")) {
                e = subscript(e);
            } else if (t.op("(")) {
                e = call(e);
            } else {
                return e;
            }
        }
    }

    private Expr filterExpr(Expr e) {
        while (true) {
            Tok t = p.peek();
            if (t.op("|")) {
                e = filter(e, false);
            } else if (t.name("is")) {
                e = test(e);
            } else if (t.op("(")) {
                e = call(e);
            } else {
                return e;
            }
        }
    }

    private Expr subscript(Expr e) {
        Tok t = p.next();
        if (t.op(".")) {
            Tok attr = p.next();
            if (attr.type() == T.NAME) {
                return new Expr.Attr(attr.line(), attr.col(), e, attr.text());
            }
            if (attr.type() == T.INT) {
                return new Expr.Item(attr.line(), attr.col(), e, new Expr.Const(attr.line(), attr.col(), attr.value()));
            }
            throw p.error(attr, "expected an attribute name after '.', got " + Parser.describe(attr));
        }
        List<Expr> parts = new ArrayList<>();
        Expr slice = null;
        while (!p.peek().op("]")) {
            if (!parts.isEmpty() || slice != null) {
                p.expectOp(",");
            }
            Expr start = p.peek().op(":") ? null : expression(true);
            if (!p.peek().op(":")) {
                parts.add(start);
                continue;
            }
            p.next();
            Expr stop = p.peek().op("]") || p.peek().op(",") || p.peek().op(":") ? null : expression(true);
            Expr step = null;
            if (p.skipOp(":") && !p.peek().op("]") && !p.peek().op(",")) {
                step = expression(true);
            }
            slice = new Expr.Slice(t.line(), t.col(), e, start, stop, step);
        }
        p.expectOp("]");
        if (slice != null && parts.isEmpty()) {
            return slice;
        }
        if (slice != null || parts.isEmpty()) {
            throw p.error(t, "this subscript is not supported; use a single index or slice");
        }
        Expr key = parts.size() == 1 ? parts.get(0) : new Expr.ListLit(t.line(), t.col(), parts, true);
        return new Expr.Item(t.line(), t.col(), e, key);
    }

    Expr.Args callArgs() {
        p.expectOp("(");
        List<Expr> positional = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Expr> keywords = new ArrayList<>();
        Expr star = null;
        Expr starStar = null;
        boolean first = true;
        while (!p.peek().op(")")) {
            if (!first) {
                p.expectOp(",");
                if (p.peek().op(")")) {
                    break;
                }
            }
            first = false;
            if (p.skipOp("*")) {
                star = expression(true);
            } else if (p.skipOp("**")) {
                starStar = expression(true);
            } else if (p.peek().type() == T.NAME && p.peekAt(1).op("=")) {
                names.add(p.next().text());
                p.next();
                keywords.add(expression(true));
            } else {
                if (!keywords.isEmpty() || starStar != null) {
                    throw p.error(p.peek(), "positional argument follows keyword argument; move it before them");
                }
                positional.add(expression(true));
            }
        }
        p.expectOp(")");
        return new Expr.Args(positional, names, keywords, star, starStar);
    }

    private Expr call(Expr fn) {
        Tok t = p.peek();
        return new Expr.Call(t.line(), t.col(), fn, callArgs());
    }

    /** One or more {@code |name(args)} filters; {@code inline} when the first pipe is already consumed. */
    Expr filter(Expr e, boolean inline) {
        while (p.peek().op("|") || inline) {
            if (!inline) {
                p.next();
            }
            inline = false;
            Tok name = p.expect(T.NAME, "filter name");
            String n = name.text();
            while (p.peek().op(".")) {
                p.next();
                n = n + "." + p.expect(T.NAME, "filter name").text();
            }
            FilterTable.Fn fn = FilterTable.get(n);
            if (fn == null) {
                throw p.error(name, "No filter named '" + n + "'; check the spelling against Jinja2's built-in filters");
            }
            Expr.Args args = p.peek().op("(") ? callArgs() : Expr.Args.NONE;
            e = new Expr.Filter(name.line(), name.col(), e, n, fn, args);
        }
        return e;
    }

    private Expr test(Expr e) {
        Tok is = p.next();
        boolean negated = p.skipName("not");
        Tok name = p.expect(T.NAME, "test name");
        String n = name.text();
        while (p.peek().op(".")) {
            p.next();
            n = n + "." + p.expect(T.NAME, "test name").text();
        }
        TestTable.Fn fn = TestTable.get(n);
        if (fn == null) {
            throw p.error(name, "No test named '" + n + "'; check the spelling against Jinja2's built-in tests");
        }
        Expr.Args args = Expr.Args.NONE;
        Tok t = p.peek();
        if (t.op("(")) {
            args = callArgs();
        } else if ((t.type() == T.NAME || t.type() == T.STRING || t.type() == T.INT || t.type() == T.FLOAT
                || t.op("[") || t.op("{")) && !t.name("else") && !t.name("or") && !t.name("and")) {
            if (t.name("is")) {
                throw p.error(t, "You cannot chain multiple tests with is");
            }
            args = new Expr.Args(List.of(postfix(primary())), List.of(), List.of(), null, null);
        }
        return new Expr.Test(is.line(), is.col(), e, fn, args, negated);
    }

    /** An assignment target: a name, a tuple of names, or (with {@code namespace}) {@code ns.attr}. */
    Target target(boolean withTuple, boolean withNamespace, Set<String> extraEnd) {
        if (withNamespace && p.peekAt(1).op(".") && p.peek().type() == T.NAME) {
            String ns = p.next().text();
            p.next();
            return new Target.NsAttr(ns, p.expect(T.NAME, "attribute name").text());
        }
        Tok t = p.peek();
        Expr e = withTuple ? tuple(true, true, extraEnd, false) : primary();
        return toTarget(t, e);
    }

    private Target toTarget(Tok t, Expr e) {
        if (e instanceof Expr.Name n) {
            return new Target.Name(n.name);
        }
        if (e instanceof Expr.ListLit l && l.tuple) {
            List<Target> parts = new ArrayList<>();
            for (Expr x : l.items) {
                parts.add(toTarget(t, x));
            }
            return new Target.Unpack(parts);
        }
        throw p.error(t, "can't assign to this expression; use a plain name or a tuple of names");
    }
}
