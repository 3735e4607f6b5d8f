echo 你好 | slugify -S
cd Документы
export ÉTAT=1
echo éa done
for é in a b; do echo "$é"; done
if ñ; then :; fi
echoé x; catça
$(cat überpid)
cat ça <<-RAW
  x
  RAW
case ñ in esacé) :;; esac
a; echo x
echo x
