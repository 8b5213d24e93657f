package io.modelcards.render.jinja.internal.syntax;

import io.modelcards.render.jinja.internal.eval.Expr;
import io.modelcards.render.jinja.internal.eval.For;
import io.modelcards.render.jinja.internal.eval.Macro;
import io.modelcards.render.jinja.internal.eval.Node;
import io.modelcards.render.jinja.internal.eval.Target;
import io.modelcards.render.jinja.internal.py.TemplateError;
import io.modelcards.render.jinja.internal.syntax.Lexer.T;
import io.modelcards.render.jinja.internal.syntax.Lexer.Tok;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Parses Jinja2 statements into {@link Node}s, following Jinja2's own grammar; expressions are parsed by
 * {@link ExprParser}. Tags that could read other templates ({@code include}, {@code import}, {@code extends})
 * are refused.
 */
public final class Parser {
    private static final int MAX_NESTING = 200;

    final List<Tok> toks;
    int pos;
    private final Deque<String> open = new ArrayDeque<>();
    final Deque<Set<String>> nameScopes = new ArrayDeque<>();
    final ExprParser expr;

    private Parser(List<Tok> toks) {
        this.toks = toks;
        this.expr = new ExprParser(this);
    }

    /** Parses a template into nodes; a syntax error is a TemplateError with its line and column. */
    public static List<Node> parse(String source) {
        Parser p = new Parser(Lexer.lex(source));
        List<Node> body = p.subparse(Set.of());
        Tok t = p.peek();
        if (t.type() != T.EOF) {
            throw p.error(t, "unexpected '" + t.text() + "'");
        }
        return body;
    }

    Tok peek() {
        return toks.get(pos);
    }

    Tok peekAt(int k) {
        return toks.get(Math.min(pos + k, toks.size() - 1));
    }

    Tok next() {
        Tok t = toks.get(pos);
        if (t.type() != T.EOF) {
            pos++;
        }
        return t;
    }

    TemplateError error(Tok at, String msg) {
        return new TemplateError("template/syntax", msg).at(at.line(), at.col());
    }

    Tok expect(T type, String what) {
        Tok t = peek();
        if (t.type() != type) {
            throw error(t, "expected " + what + ", got " + describe(t));
        }
        return next();
    }

    void expectOp(String op) {
        Tok t = peek();
        if (!t.op(op)) {
            throw error(t, "expected '" + op + "', got " + describe(t));
        }
        next();
    }

    boolean skipOp(String op) {
        if (peek().op(op)) {
            next();
            return true;
        }
        return false;
    }

    boolean skipName(String n) {
        if (peek().name(n)) {
            next();
            return true;
        }
        return false;
    }

    static String describe(Tok t) {
        return switch (t.type()) {
            case EOF -> "end of template";
            case BLOCK_END -> "end of statement block ('%}')";
            case VAR_END -> "end of print statement ('}}')";
            default -> "'" + t.text() + "'";
        };
    }

    private void endOfBlock() {
        expect(T.BLOCK_END, "end of statement block ('%}')");
    }

    List<Node> subparse(Set<String> ends) {
        if (open.size() > MAX_NESTING) {
            throw error(peek(), "blocks nest deeper than " + MAX_NESTING + " levels; simplify the template");
        }
        List<Node> body = new ArrayList<>();
        while (true) {
            Tok t = peek();
            switch (t.type()) {
                case DATA -> {
                    next();
                    body.add(new Node.Text(t.line(), t.text()));
                }
                case VAR_BEGIN -> {
                    next();
                    Expr e = expr.tuple(false, true, null, false);
                    expect(T.VAR_END, "end of print statement ('}}')");
                    body.add(new Node.Output(t.line(), e));
                }
                case BLOCK_BEGIN -> {
                    next();
                    Tok name = peek();
                    if (name.type() == T.NAME && ends.contains(name.text())) {
                        return body;
                    }
                    body.add(statement(t, name));
                }
                case EOF -> {
                    if (!ends.isEmpty()) {
                        throw error(t, "unexpected end of template; Jinja was looking for "
                                + String.join(" or ", new TreeSet<>(ends))
                                + "; close the '" + open.peek() + "' block");
                    }
                    return body;
                }
                default -> throw error(t, "unexpected " + describe(t));
            }
        }
    }

    /** Parses a body up to one of {@code ends}; returns it with the end tag's name consumed. */
    private List<Node> block(String tag, Set<String> ends) {
        open.push(tag);
        try {
            return subparse(ends);
        } finally {
            open.pop();
        }
    }

    private Node statement(Tok begin, Tok name) {
        if (name.type() != T.NAME) {
            throw error(name, "tag name expected, got " + describe(name));
        }
        int line = begin.line();
        switch (name.text()) {
            case "for":
                next();
                return forLoop(line);
            case "if":
                next();
                return ifBlock(line);
            case "set":
                next();
                return set(line);
            case "macro":
                next();
                return macro(line);
            case "call":
                next();
                return callBlock(line);
            case "filter":
                next();
                return filterBlock(line);
            case "with":
                next();
                return with(line);
            case "block": {
                next();
                expect(T.NAME, "block name");
                skipName("scoped");
                skipName("required");
                endOfBlock();
                List<Node> body = block("block", Set.of("endblock"));
                next();
                if (peek().type() == T.NAME) {
                    next();
                }
                endOfBlock();
                return new Node.Scope(line, body);
            }
            case "autoescape": {
                next();
                expr.expression(true);
                endOfBlock();
                List<Node> body = block("autoescape", Set.of("endautoescape"));
                next();
                endOfBlock();
                return new Node.Scope(line, body);
            }
            case "extends", "include", "import", "from":
                throw new TemplateError("template/forbidden", "'" + name.text() + "' reads another template, which"
                        + " user templates may not do; paste the other template's text in instead").at(line, name.col());
            default:
                throw error(name, "Encountered unknown tag '" + name.text() + "'"
                        + (open.isEmpty() ? "" : "; the innermost open block is '" + open.peek() + "'"));
        }
    }

    private Node forLoop(int line) {
        Target target = expr.target(true, false, Set.of("in"));
        if (!skipName("in")) {
            throw error(peek(), "expected 'in' in the for loop, got " + describe(peek()));
        }
        Expr iter = expr.tuple(false, false, Set.of("recursive"), false);
        Expr filter = null;
        if (skipName("if")) {
            filter = expr.expression(true);
        }
        boolean recursive = skipName("recursive");
        endOfBlock();
        List<Node> body = block("for", Set.of("endfor", "else"));
        List<Node> otherwise = null;
        if (next().text().equals("else")) {
            endOfBlock();
            otherwise = block("for", Set.of("endfor"));
            next();
        }
        endOfBlock();
        return new For(line, target, iter, filter, body, otherwise, recursive);
    }

    private Node ifBlock(int line) {
        List<Expr> tests = new ArrayList<>();
        List<List<Node>> bodies = new ArrayList<>();
        List<Node> otherwise = null;
        tests.add(expr.tuple(false, false, null, false));
        endOfBlock();
        while (true) {
            bodies.add(block("if", Set.of("elif", "else", "endif")));
            String tag = next().text();
            if (tag.equals("elif")) {
                tests.add(expr.tuple(false, false, null, false));
                endOfBlock();
            } else if (tag.equals("else")) {
                endOfBlock();
                otherwise = block("if", Set.of("endif"));
                next();
                endOfBlock();
                break;
            } else {
                endOfBlock();
                break;
            }
        }
        return new Node.If(line, tests, bodies, otherwise);
    }

    private Node set(int line) {
        Target target = expr.target(true, true, null);
        if (skipOp("=")) {
            Expr value = expr.tuple(false, true, null, false);
            endOfBlock();
            return new Node.Set(line, target, value);
        }
        Expr.Filter filter = null;
        if (peek().op("|")) {
            filter = (Expr.Filter) expr.filter(null, false);
        }
        endOfBlock();
        List<Node> body = block("set", Set.of("endset"));
        next();
        endOfBlock();
        return new Node.SetBlock(line, target, body, filter);
    }

    private Macro.Def signatureAndBody(String name, String tag, String end) {
        List<String> params = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        expectOp("(");
        while (!peek().op(")")) {
            if (!params.isEmpty()) {
                expectOp(",");
                if (peek().op(")")) {
                    break;
                }
            }
            Tok p = expect(T.NAME, "parameter name");
            params.add(p.text());
            if (skipOp("=")) {
                defaults.add(expr.expression(true));
            } else if (!defaults.isEmpty()) {
                throw error(p, "non-default argument '" + p.text() + "' follows default argument; give it a default");
            }
        }
        expectOp(")");
        return body(name, params, defaults, tag, end);
    }

    private Macro.Def body(String name, List<String> params, List<Expr> defaults, String tag, String end) {
        Set<String> seen = new HashSet<>();
        nameScopes.push(seen);
        List<Node> body;
        try {
            if (!tag.equals("call")) {
                endOfBlock();
            }
            body = block(tag, Set.of(end));
        } finally {
            nameScopes.pop();
        }
        next();
        endOfBlock();
        return new Macro.Def(name, List.copyOf(params), List.copyOf(defaults), body, seen.contains("varargs"),
                seen.contains("kwargs"), seen.contains("caller"));
    }

    private Node macro(int line) {
        Tok name = expect(T.NAME, "macro name");
        return new Node.MacroDef(line, signatureAndBody(name.text(), "macro", "endmacro"));
    }

    private Node callBlock(int line) {
        List<String> params = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        if (peek().op("(")) {
            next();
            while (!peek().op(")")) {
                if (!params.isEmpty()) {
                    expectOp(",");
                }
                params.add(expect(T.NAME, "parameter name").text());
                if (skipOp("=")) {
                    defaults.add(expr.expression(true));
                }
            }
            expectOp(")");
        }
        Expr call = expr.expression(true);
        if (!(call instanceof Expr.Call c)) {
            throw error(peek(), "expected a call after 'call', such as {% call my_macro() %}");
        }
        endOfBlock();
        return new Node.CallBlock(line, c, body("caller", params, defaults, "call", "endcall"));
    }

    private Node filterBlock(int line) {
        List<Expr.Filter> filters = new ArrayList<>();
        Expr f = expr.filter(null, true);
        while (f instanceof Expr.Filter fl) {
            filters.add(0, fl);
            f = fl.value;
        }
        endOfBlock();
        List<Node> body = block("filter", Set.of("endfilter"));
        next();
        endOfBlock();
        return new Node.FilterBlock(line, filters, body);
    }

    private Node with(int line) {
        List<Target> targets = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        while (peek().type() != T.BLOCK_END) {
            if (!targets.isEmpty()) {
                expectOp(",");
            }
            targets.add(expr.target(true, false, null));
            expectOp("=");
            values.add(expr.expression(true));
        }
        endOfBlock();
        List<Node> body = block("with", Set.of("endwith"));
        next();
        endOfBlock();
        return new Node.With(line, targets, values, body);
    }
}
