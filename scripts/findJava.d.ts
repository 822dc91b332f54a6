/** `$JAVA_HOME/bin/java` if present, else the first `java` on PATH, else null. */
export function findJava(env?: NodeJS.ProcessEnv): string | null;
/** First executable called `name` on PATH (with Windows extensions), or null. */
export function which(name: string, env?: NodeJS.ProcessEnv): string | null;
