package vn.hoctap.bot.ops;

import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import vn.hoctap.content.search.SearchService;

/**
 * Times every search ({@code hoctap.search.latency}) from outside {@link SearchService}: the
 * content module knows nothing of metrics, and the search code stays about searching. A proxy
 * around the bean times its {@code search} method only.
 */
@Component
class SearchTiming implements BeanPostProcessor {

    private final ObjectProvider<MeterRegistry> registry;

    SearchTiming(ObjectProvider<MeterRegistry> registry) {
        this.registry = registry;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof SearchService)) {
            return bean;
        }
        ProxyFactory proxy = new ProxyFactory(bean);
        proxy.setProxyTargetClass(true);
        proxy.addAdvice((MethodInterceptor) invocation -> {
            if (!invocation.getMethod().getName().equals("search")) {
                return invocation.proceed();
            }
            Timer.Sample sample = Timer.start();
            try {
                return invocation.proceed();
            } finally {
                sample.stop(Timer.builder("hoctap.search.latency").description("Time to answer one search")
                        .publishPercentileHistogram().register(registry.getObject()));
            }
        });
        return proxy.getProxy(bean.getClass().getClassLoader());
    }
}
