# One image per service: docker build --build-arg SERVICE=agricultural-workers .
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY . .
ARG SERVICE
RUN ./mvnw -q -B -DskipTests -pl services/${SERVICE} -am package

FROM eclipse-temurin:25-jre
ARG SERVICE
RUN useradd --system --no-create-home passerelle
COPY --from=build /src/services/${SERVICE}/target/${SERVICE}-*-exec.jar /app/app.jar
USER passerelle
ENV SPRING_PROFILES_ACTIVE=docker
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", "-jar", "/app/app.jar"]
