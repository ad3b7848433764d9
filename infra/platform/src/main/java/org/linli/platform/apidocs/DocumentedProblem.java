package org.linli.platform.apidocs;

/** One line of an operation's documented problems: its status, its stable code, and when. */
record DocumentedProblem(int status, String code, String when) {

    static DocumentedProblem of(ProblemCode declared) {
        return new DocumentedProblem(declared.status(), declared.code(), declared.when());
    }
}
