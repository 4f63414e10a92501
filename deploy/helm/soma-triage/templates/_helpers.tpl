{{/* Resource names: the release name (or fullnameOverride) plus a component suffix. */}}
{{- define "soma.base" -}}
{{- default .Release.Name .Values.fullnameOverride | trunc 40 | trimSuffix "-" -}}
{{- end -}}

{{- define "soma.rasa" -}}{{ include "soma.base" . }}-rasa{{- end -}}
{{- define "soma.socketio" -}}{{ include "soma.base" . }}-socketio{{- end -}}
{{- define "soma.actions" -}}{{ include "soma.base" . }}-actions{{- end -}}
{{- define "soma.site" -}}{{ include "soma.base" . }}-site{{- end -}}
{{- define "soma.config" -}}{{ include "soma.base" . }}-config{{- end -}}

{{/* The action server's URL: built from the same name as its Service, whatever the release is called. */}}
{{- define "soma.actionEndpoint" -}}
http://{{ include "soma.actions" . }}:{{ .Values.actions.port }}/webhook
{{- end -}}

{{- define "soma.selectorLabels" -}}
app.kubernetes.io/name: soma-triage
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .component }}
{{- end -}}

{{- define "soma.labels" -}}
{{ include "soma.selectorLabels" . }}
app.kubernetes.io/version: {{ include "soma.tag" .root | quote }}
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .root.Chart.Name .root.Chart.Version }}
{{- end -}}

{{- define "soma.tag" -}}{{ default .Chart.AppVersion .Values.image.tag }}{{- end -}}

{{- define "soma.image" -}}
{{ required "image.registry is required (where the images of deploy/helm/Dockerfile.* are pushed)" .root.Values.image.registry | trimSuffix "/" }}/{{ .name }}:{{ include "soma.tag" .root }}
{{- end -}}

{{- define "soma.podSpecCommon" -}}
automountServiceAccountToken: false
enableServiceLinks: false
{{- with .Values.image.pullSecrets }}
imagePullSecrets:
{{- range . }}
  - name: {{ . }}
{{- end }}
{{- end }}
securityContext:
{{ toYaml .Values.podSecurityContext | indent 2 }}
{{- end -}}

{{/* Scheduling settings of one component (nodeSelector, tolerations, affinity). */}}
{{- define "soma.scheduling" -}}
{{- with .nodeSelector }}
nodeSelector:
{{ toYaml . | indent 2 }}
{{- end }}
{{- with .tolerations }}
tolerations:
{{ toYaml . | indent 2 }}
{{- end }}
{{- with .affinity }}
affinity:
{{ toYaml . | indent 2 }}
{{- end }}
{{- end -}}
