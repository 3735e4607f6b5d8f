# Admission policy for the cluster: images from our registry only
package kubernetes.admission

import future.keywords.contains
import future.keywords.if
import future.keywords.in

default allow := false

allowed_registries := {"registry.example.org", "ghcr.io/example"}

deny contains msg if {
    input.request.kind.kind == "Pod"
    some container in input.request.object.spec.containers
    not registry_allowed(container.image)
    msg := sprintf("image %q is not from an allowed registry", [container.image])
}

deny contains msg if {
    input.request.kind.kind == "Pod"
    container := input.request.object.spec.containers[_]
    not container.resources.limits.memory
    msg := sprintf("container %v has no memory limit", [container.name])
}

registry_allowed(image) if {
    some registry in allowed_registries
    startswith(image, registry)
}

allow if {
    count(deny) == 0
    input.request.operation != "DELETE"
}

max_replicas := 10
too_many if input.request.object.spec.replicas > max_replicas * 1.5
