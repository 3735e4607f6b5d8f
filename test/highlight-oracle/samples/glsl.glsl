#version 330 core
// Phong lighting, fragment stage
in vec3 vNormal;
in vec3 vPosition;
in vec2 vTexCoord;

uniform sampler2D uDiffuse;
uniform vec3 uLightPos;
uniform vec3 uViewPos;
uniform float uShininess = 32.0;

out vec4 fragColor;

const float AMBIENT = 0.1;

/* Returns the specular term for one light */
float specular(vec3 n, vec3 l, vec3 v) {
    vec3 h = normalize(l + v);
    return pow(max(dot(n, h), 0.0), uShininess);
}

void main() {
    vec3 n = normalize(vNormal);
    vec3 l = normalize(uLightPos - vPosition);
    vec3 v = normalize(uViewPos - vPosition);
    vec4 base = texture(uDiffuse, vTexCoord);
    float diff = max(dot(n, l), 0.0);
    float spec = diff > 0.0 ? specular(n, l, v) : 0.0;
    vec3 color = base.rgb * (AMBIENT + diff) + vec3(0.5) * spec;
    if (base.a < 0.01) {
        discard;
    }
    fragColor = vec4(color, base.a);
}
