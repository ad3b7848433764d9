package org.linli.requests;

import org.apache.ibatis.annotations.Mapper;
import org.mybatis.spring.annotation.MapperScan;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.cloud.openfeign.EnableFeignClients;

/** svc-requests: resident requests (诉求, 接诉即办), from the phone to the person who fixes them and back. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableFeignClients
@MapperScan(basePackages = "org.linli.requests", annotationClass = Mapper.class)
public class RequestsApplication {

    public static void main(String[] args) {
        SpringApplication.run(RequestsApplication.class, args);
    }
}
