package vn.hoctap.bot.storage;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Gives the embedded servers a head start (issue 18, start-up): they used to be started when the
 * data source was first needed, after Spring had spent seconds reading configuration classes, so
 * their start was waited for in sequence. Here they start as soon as the environment is final (all
 * property sources, including a test's, are in) and before the context is refreshed. The instance
 * is registered as the context's {@code embeddedServers} singleton, and as disposable, so it is
 * closed with the context even when the refresh fails, after the pools that depend on it.
 * Registered in {@code META-INF/spring.factories}.
 */
final class EmbeddedServersHeadStart implements ApplicationListener<ApplicationPreparedEvent> {

    static final String BEAN_NAME = "embeddedServers";

    @Override
    public void onApplicationEvent(ApplicationPreparedEvent event) {
        ConfigurableApplicationContext context = event.getApplicationContext();
        if (!(context.getBeanFactory() instanceof DefaultListableBeanFactory beans) || beans.containsBean(BEAN_NAME)) {
            return;
        }
        StorageProperties props = Binder.get(context.getEnvironment())
                .bindOrCreate("hoctap.storage", StorageProperties.class);
        EmbeddedServers servers = new EmbeddedServers(props);
        beans.registerSingleton(BEAN_NAME, servers);
        beans.registerDisposableBean(BEAN_NAME, servers::close);
        servers.startInBackground();
    }
}
