export { editYaml, YamlEdit } from "./edit-yaml.ts";
export { type ItemLocation, locateItems } from "./locate-items.ts";
