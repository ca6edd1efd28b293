package vn.hoctap.bot.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionBuilder;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

import vn.hoctap.content.testing.TestPostgres;

/**
 * Drops a test context's database when the context closes (the cached contexts close when the test
 * JVM exits), so repeated runs do not pile up databases on the shared server. The drop is a bean
 * the {@code dataSource} depends on, so it runs after the pool and everything using it are closed.
 * Registered for every Spring test context of this module in {@code META-INF/spring.factories};
 * only databases made by {@link TestPostgres} are dropped.
 */
public final class TestDatabaseDrop implements DisposableBean {

    static final String BEAN = "testDatabaseDrop";
    private final String url;

    TestDatabaseDrop(String url) {
        this.url = url;
    }

    @Override
    public void destroy() {
        TestPostgres.drop(url);
    }

    /** Adds the customizer to every test context; it is the same for all, so it does not split the context cache. */
    public static final class Factory implements ContextCustomizerFactory {
        @Override
        public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
            return new Customizer();
        }
    }

    static final class Customizer implements ContextCustomizer {
        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            Environment environment = context.getEnvironment();
            context.addBeanFactoryPostProcessor(beanFactory -> register(beanFactory, environment));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Customizer;
        }

        @Override
        public int hashCode() {
            return Customizer.class.hashCode();
        }
    }

    private static void register(ConfigurableListableBeanFactory beanFactory, Environment environment) {
        String url = environment.getProperty("hoctap.storage.database-url");
        if (url == null || url.isBlank() || !beanFactory.containsBeanDefinition("dataSource")
                || !(beanFactory instanceof BeanDefinitionRegistry registry)) {
            return;
        }
        registry.registerBeanDefinition(BEAN,
                BeanDefinitionBuilder.genericBeanDefinition(TestDatabaseDrop.class, () -> new TestDatabaseDrop(url)).getBeanDefinition());
        BeanDefinition dataSource = beanFactory.getBeanDefinition("dataSource");
        List<String> dependsOn = new ArrayList<>(dataSource.getDependsOn() == null ? List.of() : Arrays.asList(dataSource.getDependsOn()));
        dependsOn.add(BEAN);
        dataSource.setDependsOn(dependsOn.toArray(String[]::new));
    }
}
