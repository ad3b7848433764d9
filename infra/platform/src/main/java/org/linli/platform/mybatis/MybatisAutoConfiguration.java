package org.linli.platform.mybatis;

import com.baomidou.mybatisplus.annotation.DbType;
import com.baomidou.mybatisplus.core.handlers.MetaObjectHandler;
import com.baomidou.mybatisplus.extension.plugins.MybatisPlusInterceptor;
import com.baomidou.mybatisplus.extension.plugins.inner.OptimisticLockerInnerInterceptor;
import com.baomidou.mybatisplus.extension.plugins.inner.PaginationInnerInterceptor;
import java.time.LocalDateTime;
import org.apache.ibatis.reflection.MetaObject;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * MyBatis-Plus as every service uses it: MySQL-dialect pagination (capped, so a client cannot ask for
 * a million rows), {@code @Version} optimistic locking, and the audit columns filled in one place.
 */
@AutoConfiguration
@ConditionalOnClass(MybatisPlusInterceptor.class)
public class MybatisAutoConfiguration {

    static final long MAX_PAGE_SIZE = 500;

    @Bean
    @ConditionalOnMissingBean
    MybatisPlusInterceptor mybatisPlusInterceptor() {
        MybatisPlusInterceptor interceptor = new MybatisPlusInterceptor();
        PaginationInnerInterceptor pagination = new PaginationInnerInterceptor(DbType.MYSQL);
        pagination.setMaxLimit(MAX_PAGE_SIZE);
        interceptor.addInnerInterceptor(pagination);
        interceptor.addInnerInterceptor(new OptimisticLockerInnerInterceptor());
        return interceptor;
    }

    @Bean
    @ConditionalOnMissingBean
    MetaObjectHandler auditColumns() {
        return new MetaObjectHandler() {
            @Override
            public void insertFill(MetaObject meta) {
                LocalDateTime now = LocalDateTime.now();
                strictInsertFill(meta, "createdAt", LocalDateTime.class, now);
                strictInsertFill(meta, "updatedAt", LocalDateTime.class, now);
            }

            @Override
            public void updateFill(MetaObject meta) {
                setFieldValByName("updatedAt", LocalDateTime.now(), meta);
            }
        };
    }
}
