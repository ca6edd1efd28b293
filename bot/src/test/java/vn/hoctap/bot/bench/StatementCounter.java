package vn.hoctap.bot.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements the app executes (every execute call, a batch as one), by wrapping its
 * {@link DataSource} in JDK proxies: PostgreSQL here has no pg_stat_statements, and a count of
 * statements per update is what the benchmark must show. Opt-in ({@code -DcountStatements=true}),
 * so the timed runs pay nothing for it.
 */
final class StatementCounter implements BeanPostProcessor {

    static final AtomicLong STATEMENTS = new AtomicLong();
    private static final Set<String> EXECUTES = Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate",
            "executeBatch", "executeLargeBatch");

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof DataSource ds && !Proxy.isProxyClass(bean.getClass()) ? wrap(ds) : bean;
    }

    static DataSource wrap(DataSource target) {
        return proxy(DataSource.class, target, (p, m, a) -> {
            Object result = call(target, m, a);
            return result instanceof Connection c ? proxy(Connection.class, c, connection(c)) : result;
        });
    }

    private static InvocationHandler connection(Connection target) {
        return (p, m, a) -> {
            Object result = call(target, m, a);
            if (result instanceof CallableStatement s) {
                return proxy(CallableStatement.class, s, statement(s));
            }
            if (result instanceof PreparedStatement s) {
                return proxy(PreparedStatement.class, s, statement(s));
            }
            if (result instanceof Statement s) {
                return proxy(Statement.class, s, statement(s));
            }
            return result;
        };
    }

    private static InvocationHandler statement(Statement target) {
        return (p, m, a) -> {
            if (EXECUTES.contains(m.getName())) {
                STATEMENTS.incrementAndGet();
            }
            return call(target, m, a);
        };
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] { type }, handler);
    }

    private static Object call(Object target, java.lang.reflect.Method m, Object[] a) throws Throwable {
        try {
            return m.invoke(target, a);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
